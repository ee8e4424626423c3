package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.util.Objects;
import java.util.Optional;

/**
 * The limit for one EVSE: {@code current} per phase on {@code phases} phases (0 A = paused), the power that is at
 * most drawn at it, why ({@code reason}), and for constraint reasons which constraint bound it (e.g.
 * {@code grid/L2}, {@code pod-1/L1}, {@code grid/primary-a}, {@code grid/power}, {@code site/demand}).
 */
public record EvseLimit(String evseId, Current current, int phases, Power maxPower, LimitReason reason,
                        Optional<String> constraint) {
    public EvseLimit {
        Objects.requireNonNull(evseId, "evseId");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(maxPower, "maxPower");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** A short machine-readable code, e.g. {@code LIMITED_BY_PHASE_L2}, {@code EV_MAX}, {@code MIN_NOT_REACHABLE_PAUSED}. */
    public String code() {
        if (reason == LimitReason.LIMITED_BY_PHASE && constraint.isPresent()) {
            String name = constraint.get();
            return reason.name() + "_" + name.substring(name.lastIndexOf('/') + 1);
        }
        return reason.name();
    }
}
