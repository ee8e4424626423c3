package io.busbar.tariffs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A stretch of the session over which nothing that affects the price changed.
 *
 * @param elementByDimension index (0-based, in the tariff's element list) of the element pricing each dimension;
 *                           a dimension absent from the map is free during the period (FLAT is never listed here)
 * @param energyWh           energy delivered, to 0.001 Wh
 * @param billableIdleTime   the part of {@code idleTime} after the grace period
 * @param energyPricePerKwh  the ENERGY unit price in force (after schedules), {@code null} when energy is free
 */
public record PricedPeriod(Instant start, Instant end, PeriodActivity activity,
                           Map<TariffDimension, Integer> elementByDimension, BigDecimal energyWh,
                           Duration chargingTime, Duration idleTime, Duration billableIdleTime,
                           BigDecimal energyPricePerKwh) {
    public PricedPeriod {
        elementByDimension = Map.copyOf(elementByDimension);
    }
}
