package io.busbar.tariffs;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a tariff element applies (OCPI 2.2.1 TariffRestrictions). Every field is optional ({@code null}, or an empty
 * day set); an element applies at a moment when all given fields hold. Minimums are inclusive, maximums exclusive.
 * Times and dates are local to the site's time zone; {@code startTime} after {@code endTime} crosses midnight.
 * kWh is the session's energy so far; power (kW) and current (A, summed over phases) are the values being drawn at
 * that moment; durations are measured from the session's start.
 */
public record TariffRestrictions(LocalTime startTime, LocalTime endTime, LocalDate startDate, LocalDate endDate,
                                 BigDecimal minKwh, BigDecimal maxKwh, BigDecimal minCurrent, BigDecimal maxCurrent,
                                 BigDecimal minPower, BigDecimal maxPower, Duration minDuration, Duration maxDuration,
                                 Set<DayOfWeek> daysOfWeek, ReservationRestriction reservation) {
    public static final TariffRestrictions NONE =
            new TariffRestrictions(null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), null);

    public TariffRestrictions {
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
        for (BigDecimal value : new BigDecimal[] {minKwh, maxKwh, minCurrent, maxCurrent, minPower, maxPower}) {
            if (value != null && value.signum() < 0) {
                throw new IllegalArgumentException("restriction values cannot be negative: " + value);
            }
        }
        if (minDuration != null && minDuration.isNegative() || maxDuration != null && maxDuration.isNegative()) {
            throw new IllegalArgumentException("restriction durations cannot be negative");
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNone() {
        return equals(NONE);
    }

    /** Local time of day from {@code start} (inclusive) to {@code end} (exclusive); crosses midnight when start > end. */
    public TariffRestrictions between(LocalTime start, LocalTime end) {
        return new TariffRestrictions(start, end, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek, reservation);
    }

    /** Local dates from {@code start} (inclusive) to {@code end} (exclusive). */
    public TariffRestrictions dates(LocalDate start, LocalDate end) {
        return new TariffRestrictions(startTime, endTime, start, end, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek, reservation);
    }

    public TariffRestrictions on(DayOfWeek... days) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, Set.of(days), reservation);
    }

    public TariffRestrictions kwh(BigDecimal min, BigDecimal max) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, min, max, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek, reservation);
    }

    public TariffRestrictions current(BigDecimal minAmps, BigDecimal maxAmps) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minAmps, maxAmps,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek, reservation);
    }

    public TariffRestrictions power(BigDecimal minKw, BigDecimal maxKw) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minKw, maxKw, minDuration, maxDuration, daysOfWeek, reservation);
    }

    public TariffRestrictions duration(Duration min, Duration max) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, min, max, daysOfWeek, reservation);
    }

    public TariffRestrictions reservation(ReservationRestriction type) {
        return new TariffRestrictions(startTime, endTime, startDate, endDate, minKwh, maxKwh, minCurrent, maxCurrent,
                minPower, maxPower, minDuration, maxDuration, daysOfWeek, type);
    }
}
