package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds a metered timeline the way a charger reports it: one sample per change, the register accumulating. */
final class SessionTimeline {
    private final List<MeterSample> samples = new ArrayList<>();
    private Instant now;
    private BigDecimal register = BigDecimal.ZERO;

    private SessionTimeline(Instant start) {
        this.now = start;
    }

    static SessionTimeline startingAt(String localDateTime, ZoneId zone) {
        return new SessionTimeline(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
    }

    /** Charges at a constant power; the current is the power at 230 V on one phase. */
    SessionTimeline charge(Duration duration, long kilowatts) {
        long watts = kilowatts * 1000;
        return segment(duration, ChargingState.CHARGING, watts, Current.ofAmps(BigDecimal.valueOf(watts)
                .divide(BigDecimal.valueOf(230), 3, RoundingMode.HALF_UP)));
    }

    SessionTimeline chargeAt(Duration duration, long watts, Current current) {
        return segment(duration, ChargingState.CHARGING, watts, current);
    }

    SessionTimeline suspendedByEv(Duration duration) {
        return segment(duration, ChargingState.SUSPENDED_EV, 0, Current.ZERO);
    }

    SessionTimeline idle(Duration duration) {
        return segment(duration, ChargingState.IDLE, 0, Current.ZERO);
    }

    private SessionTimeline segment(Duration duration, ChargingState state, long watts, Current current) {
        samples.add(new MeterSample(now, register, Power.ofWatts(watts), current, state));
        register = register.add(BigDecimal.valueOf(watts).multiply(BigDecimal.valueOf(duration.toSeconds()))
                .divide(BigDecimal.valueOf(3600), 3, RoundingMode.HALF_UP));
        now = now.plus(duration);
        return this;
    }

    MeteredTimeline end() {
        List<MeterSample> all = new ArrayList<>(samples);
        all.add(new MeterSample(now, register, Power.ZERO, Current.ZERO, ChargingState.IDLE));
        return new MeteredTimeline(all);
    }
}
