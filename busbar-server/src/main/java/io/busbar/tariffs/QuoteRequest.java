package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a driver asks before charging: "N kWh at P kW starting now" or "N minutes at P kW", optionally followed by
 * idle time while still plugged in. The session is assumed to draw {@code power} and {@code current} (summed over
 * phases) throughout.
 */
public record QuoteRequest(Instant start, Power power, Current current, Energy energy, Duration chargingTime,
                           Duration idleAfter) {
    public QuoteRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(current, "current");
        idleAfter = idleAfter == null ? Duration.ZERO : idleAfter;
        if ((energy == null) == (chargingTime == null)) {
            throw new IllegalArgumentException("a quote is for an amount of energy or a charging time, not both or neither");
        }
        if (power.watts() <= 0) {
            throw new IllegalArgumentException("a quote needs a positive charging power: " + power);
        }
        if (energy != null && energy.wattHours() <= 0 || chargingTime != null && !chargingTime.isPositive()) {
            throw new IllegalArgumentException("a quote needs a positive amount of energy or charging time");
        }
        if (idleAfter.isNegative()) {
            throw new IllegalArgumentException("idle time cannot be negative: " + idleAfter);
        }
    }

    public static QuoteRequest forEnergy(Instant start, Energy energy, Power power, Current current) {
        return new QuoteRequest(start, power, current, energy, null, Duration.ZERO);
    }

    public static QuoteRequest forChargingTime(Instant start, Duration chargingTime, Power power, Current current) {
        return new QuoteRequest(start, power, current, null, chargingTime, Duration.ZERO);
    }

    public QuoteRequest thenIdleFor(Duration idle) {
        return new QuoteRequest(start, power, current, energy, chargingTime, idle);
    }
}
