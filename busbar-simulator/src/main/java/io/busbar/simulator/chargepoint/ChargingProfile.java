package io.busbar.simulator.chargepoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A charging profile as the charger keeps it, the same shape for OCPP 1.6 (csChargingProfiles) and 2.0.1
 * (chargingProfile; only its first chargingSchedule limits the draw, the others are ISO 15118 offers).
 *
 * @param evseId        0 for the whole charger (1.6 connectorId 0), else the EVSE it was set on
 * @param transactionId the transaction a TxProfile belongs to, as the CSMS knows it (1.6: the number as text);
 *                      null for other purposes, and for a 1.6 TxProfile sent without one
 * @param validFrom     null: valid since it was received
 * @param validTo       null: valid until replaced or cleared
 */
public record ChargingProfile(int id, int evseId, Purpose purpose, Kind kind, Recurrency recurrency,
                              int stackLevel, Instant validFrom, Instant validTo, String transactionId,
                              Schedule schedule) {

    /** chargingProfilePurpose; the station-wide maximum has a different name in each version. */
    public enum Purpose {
        STATION_MAX("ChargePointMaxProfile", "ChargingStationMaxProfile"),
        TX_DEFAULT("TxDefaultProfile", "TxDefaultProfile"),
        TX("TxProfile", "TxProfile"),
        /** 2.0.1 only: limits set by an energy management system beside the station, never by the CSMS. */
        EXTERNAL_CONSTRAINTS(null, "ChargingStationExternalConstraints");

        private final String literal16;
        private final String literal201;

        Purpose(String literal16, String literal201) {
            this.literal16 = literal16;
            this.literal201 = literal201;
        }

        static Optional<Purpose> of(String literal, boolean v16) {
            for (Purpose purpose : values()) {
                if (literal.equals(v16 ? purpose.literal16 : purpose.literal201)) {
                    return Optional.of(purpose);
                }
            }
            return Optional.empty();
        }
    }

    public enum Kind { ABSOLUTE, RECURRING, RELATIVE }

    public enum Recurrency {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        private final Duration period;

        Recurrency(Duration period) {
            this.period = period;
        }

        public Duration period() {
            return period;
        }
    }

    public enum RateUnit { A, W }

    /**
     * chargingSchedule.
     *
     * @param startSchedule null for Relative profiles (they start with the transaction)
     * @param duration      null: the last period lasts for ever
     */
    public record Schedule(Instant startSchedule, Duration duration, RateUnit unit, List<Period> periods) {
        public Schedule {
            periods = List.copyOf(periods);
        }
    }

    /** chargingSchedulePeriod: from {@code startPeriod} seconds after the schedule's start. */
    public record Period(long startPeriodSeconds, double limit, Integer numberPhases) {
    }

    public ChargingProfile {
        if (recurrency == null && kind == Kind.RECURRING) {
            throw new IllegalArgumentException("a Recurring profile needs a recurrencyKind");
        }
    }

    boolean isValidAt(Instant instant) {
        return (validFrom == null || !instant.isBefore(validFrom)) && (validTo == null || instant.isBefore(validTo));
    }

    /**
     * The period in force at {@code instant}, if any: none outside validFrom/validTo, before the schedule's start
     * or after its duration (then a lower stackLevel applies, OCPP 1.6 §3.13.2 / 2.0.1 K08).
     *
     * @param relativeStart when a Relative schedule started: the transaction's start, or the moment asked about
     *                      when no transaction runs
     */
    Optional<Period> periodAt(Instant instant, Instant relativeStart) {
        if (!isValidAt(instant)) {
            return Optional.empty();
        }
        Instant start = scheduleStartFor(instant, relativeStart);
        if (instant.isBefore(start)) {
            return Optional.empty();
        }
        Duration offset = Duration.between(start, instant);
        if (schedule.duration() != null && offset.compareTo(schedule.duration()) >= 0) {
            return Optional.empty();
        }
        Period current = null;
        for (Period period : schedule.periods()) {
            if (period.startPeriodSeconds() <= offset.toSeconds()) {
                current = period;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The start of the schedule's occurrence that covers {@code instant} (recurring schedules repeat). */
    Instant scheduleStartFor(Instant instant, Instant relativeStart) {
        return switch (kind) {
            case ABSOLUTE -> schedule.startSchedule();
            case RELATIVE -> relativeStart;
            case RECURRING -> {
                long periodSeconds = recurrency.period().toSeconds();
                long since = Duration.between(schedule.startSchedule(), instant).toSeconds();
                yield schedule.startSchedule().plusSeconds(Math.floorDiv(since, periodSeconds) * periodSeconds);
            }
        };
    }

    /**
     * The instants in ({@code from}, {@code to}) at which this profile's limit may change: validity bounds, period
     * starts and schedule ends, of every occurrence of a recurring schedule. Bounded by {@code maxChanges}.
     */
    List<Instant> changesBetween(Instant from, Instant to, Instant relativeStart, int maxChanges) {
        List<Instant> changes = new java.util.ArrayList<>();
        java.util.function.Consumer<Instant> add = instant -> {
            if (instant != null && instant.isAfter(from) && instant.isBefore(to) && changes.size() < maxChanges) {
                changes.add(instant);
            }
        };
        add.accept(validFrom);
        add.accept(validTo);
        Instant occurrence = scheduleStartFor(from, relativeStart);
        while (occurrence.isBefore(to) && changes.size() < maxChanges) {
            add.accept(occurrence);
            for (Period period : schedule.periods()) {
                add.accept(occurrence.plusSeconds(period.startPeriodSeconds()));
            }
            if (schedule.duration() != null) {
                add.accept(occurrence.plus(schedule.duration()));
            }
            if (kind != Kind.RECURRING) {
                break;
            }
            occurrence = occurrence.plus(recurrency.period());
        }
        return changes;
    }

    /** Applies to {@code evseId}: set on it, or on the whole charger (evseId 0). */
    boolean coversEvse(int evse) {
        return evseId == 0 || evseId == evse;
    }
}
