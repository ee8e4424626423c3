package io.busbar.payments.internal;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.tariffs.ChargingState;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.MeteredTimeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A running session's timeline extended to a horizon as if it kept drawing its present power: the guard prices it
 * to see whether the money would still cover the session at the next check.
 */
final class CostProjection {
    private CostProjection() {
    }

    /**
     * @param timeline the session's samples so far; the sessions module closes an active one with a zero-power
     *                 sample at "now", which is replaced by the projection
     * @param horizon  until when the present power is assumed (later than the latest reading)
     */
    static MeteredTimeline project(MeteredTimeline timeline, Instant horizon) {
        List<MeterSample> samples = new ArrayList<>(timeline.samples());
        MeterSample last = samples.getLast();
        if (samples.size() >= 2 && last.power().watts() == 0 && last.state() == ChargingState.IDLE) {
            samples.removeLast();
        }
        MeterSample latest = samples.getLast();
        if (!horizon.isAfter(latest.at())) {
            return new MeteredTimeline(samples);
        }
        BigDecimal watts = presentWatts(samples);
        long millis = Duration.between(latest.at(), horizon).toMillis();
        BigDecimal addedWh = watts.multiply(BigDecimal.valueOf(millis)).divide(BigDecimal.valueOf(3_600_000), MathContext.DECIMAL64);
        // the latest reading's power and state hold until the horizon (MeterSample semantics)
        samples.set(samples.size() - 1, new MeterSample(latest.at(), latest.registerWh(),
                Power.ofWatts(watts.longValue()), latest.current(),
                watts.signum() > 0 ? ChargingState.CHARGING : latest.state()));
        samples.add(new MeterSample(horizon, latest.registerWh().add(addedWh), Power.ZERO, Current.ZERO,
                ChargingState.IDLE));
        return new MeteredTimeline(samples);
    }

    /** The latest reported power, or the energy rate between the two latest readings when none was reported. */
    static BigDecimal presentWatts(List<MeterSample> samples) {
        MeterSample latest = samples.getLast();
        if (latest.power().watts() > 0) {
            return BigDecimal.valueOf(latest.power().watts());
        }
        if (samples.size() < 2) {
            return BigDecimal.ZERO;
        }
        MeterSample previous = samples.get(samples.size() - 2);
        long millis = Duration.between(previous.at(), latest.at()).toMillis();
        BigDecimal wh = latest.registerWh().subtract(previous.registerWh());
        return millis <= 0 ? BigDecimal.ZERO
                : wh.multiply(BigDecimal.valueOf(3_600_000)).divide(BigDecimal.valueOf(millis), MathContext.DECIMAL64);
    }
}
