package io.busbar.smartcharging.allocation;

import java.util.Objects;

/**
 * A feeder, sub-distribution board or breaker inside the site: limits the line currents of everything below it.
 * {@code parentId} is another breaker's id or the grid connection's id.
 */
public record Breaker(String id, String parentId, PhaseCurrents phaseLimits) {
    public Breaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(phaseLimits, "phaseLimits");
    }
}
