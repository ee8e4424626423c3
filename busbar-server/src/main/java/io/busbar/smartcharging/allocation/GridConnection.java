package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Power;

import java.util.Objects;
import java.util.Optional;

/**
 * The site's connection to the grid: the root of the electrical tree. Limits the magnitude of each line current
 * ({@code phaseLimits}), optionally the total active power ({@code maxPower}), and optionally the primary currents
 * of a transformer in front of it.
 */
public record GridConnection(String id, PhaseCurrents phaseLimits, Optional<Power> maxPower,
                             Optional<Transformer> transformer) {
    public GridConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phaseLimits, "phaseLimits");
        Objects.requireNonNull(maxPower, "maxPower");
        Objects.requireNonNull(transformer, "transformer");
    }

    public static GridConnection of(String id, PhaseCurrents phaseLimits) {
        return new GridConnection(id, phaseLimits, Optional.empty(), Optional.empty());
    }
}
