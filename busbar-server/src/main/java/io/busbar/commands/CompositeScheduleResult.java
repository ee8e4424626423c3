package io.busbar.commands;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The charger's answer to a {@link GetCompositeSchedule}: Accepted or Rejected, and when accepted the schedule
 * (null otherwise), plus the 2.0.1 statusInfo.
 */
public record CompositeScheduleResult(String status, Schedule schedule, String reasonCode, String additionalInfo) {

    /**
     * A composite schedule: from {@code start} for {@code durationSeconds} (null when the 1.6 charger left it out),
     * limits in {@code unit} ("A" per phase or "W").
     */
    public record Schedule(int evseId, Instant start, Integer durationSeconds, String unit, List<Period> periods) {
        public Schedule {
            periods = List.copyOf(periods);
        }
    }

    /** {@code limit} applies from {@code startPeriodSeconds} after the start until the next period. */
    public record Period(int startPeriodSeconds, BigDecimal limit, Integer numberPhases) {
    }
}
