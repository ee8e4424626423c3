package io.busbar.uptime.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Time of one EVSE (or a sum over several) by state, with the downtime per cause. */
record Measurement(Duration unmonitored, Duration excluded, Duration up, Duration down,
                   Map<Cause, Duration> downByCause) {

    record Cause(String cause, String code) {
    }

    Duration monitored() {
        return excluded.plus(up).plus(down);
    }

    Measurement plus(Measurement other) {
        Map<Cause, Duration> causes = new HashMap<>(downByCause);
        other.downByCause.forEach((cause, time) -> causes.merge(cause, time, Duration::plus));
        return new Measurement(unmonitored.plus(other.unmonitored), excluded.plus(other.excluded),
                up.plus(other.up), down.plus(other.down), Map.copyOf(causes));
    }

    static Measurement none() {
        return new Measurement(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of());
    }

    static final class Builder {
        private Measurement sum = none();

        void add(UptimeCalculator.State state, Duration time) {
            Duration zero = Duration.ZERO;
            sum = sum.plus(switch (state.kind()) {
                case UNMONITORED -> new Measurement(time, zero, zero, zero, Map.of());
                case EXCLUDED -> new Measurement(zero, time, zero, zero, Map.of());
                case UP -> new Measurement(zero, zero, time, zero, Map.of());
                case DOWN -> new Measurement(zero, zero, zero, time, Map.of(new Cause(state.cause(), state.code()), time));
            });
        }

        Measurement build() {
            return sum;
        }
    }
}
