package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.tariffs.internal.PriceSentences;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes a price before the session by running {@link TariffCalculator} over a synthetic timeline: constant power
 * from the start until the energy or time asked for, then idle for the requested time. A quote and the final price
 * of a session that went exactly as assumed are the same, because they are the same calculation.
 */
public final class TariffQuoter {
    private TariffQuoter() {
    }

    public static PriceQuote quote(Tariff tariff, ZoneId zone, PriceSchedules schedules, QuoteRequest request) {
        MeteredTimeline timeline = syntheticTimeline(request);
        PriceBreakdown breakdown = TariffCalculator.calculate(tariff, timeline, zone, schedules);
        return new PriceQuote(breakdown, PriceSentences.sentences(tariff, breakdown), PriceSentences.total(breakdown));
    }

    static MeteredTimeline syntheticTimeline(QuoteRequest request) {
        long watts = request.power().watts();
        Duration charging;
        BigDecimal energyWh;
        if (request.energy() != null) {
            energyWh = BigDecimal.valueOf(request.energy().wattHours());
            // t = E / P, exact to the nanosecond
            long nanos = energyWh.multiply(BigDecimal.valueOf(3_600_000_000_000L))
                    .divide(BigDecimal.valueOf(watts), 0, RoundingMode.HALF_UP).longValueExact();
            charging = Duration.ofNanos(nanos);
        } else {
            charging = request.chargingTime();
            energyWh = BigDecimal.valueOf(watts).multiply(BigDecimal.valueOf(charging.toNanos()))
                    .divide(BigDecimal.valueOf(3_600_000_000_000L), 3, RoundingMode.HALF_UP);
        }
        Instant chargingEnd = request.start().plus(charging);
        List<MeterSample> samples = new ArrayList<>();
        samples.add(new MeterSample(request.start(), BigDecimal.ZERO, request.power(), request.current(),
                ChargingState.CHARGING));
        samples.add(new MeterSample(chargingEnd, energyWh, Power.ZERO, Current.ZERO, ChargingState.IDLE));
        if (request.idleAfter().isPositive()) {
            samples.add(new MeterSample(chargingEnd.plus(request.idleAfter()), energyWh, Power.ZERO, Current.ZERO,
                    ChargingState.IDLE));
        }
        return new MeteredTimeline(samples);
    }
}
