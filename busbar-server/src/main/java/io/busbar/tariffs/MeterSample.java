package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One reading of a session's meter. The energy register is interpolated linearly to the next sample; the power,
 * current and state hold until the next sample.
 *
 * @param registerWh energy import register in Wh (decimals allowed)
 * @param current    summed over the phases, as OCPI min_current/max_current are
 */
public record MeterSample(Instant at, BigDecimal registerWh, Power power, Current current, ChargingState state) {
    public MeterSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(state, "state");
        if (registerWh == null || registerWh.signum() < 0) {
            throw new IllegalArgumentException("the energy register must be given and not negative: " + registerWh);
        }
    }
}
