package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;

import java.util.Objects;

/**
 * One EVSE as installed: under which breaker (or directly under the grid connection: {@code parentId} = the grid
 * connection's id), how it is wired, and what it accepts: {@code maxCurrent} per phase, {@code minCurrent} below
 * which it must be paused (IEC 61851-1: 6 A), and {@code step}, the granularity of limits it accepts (e.g. 1 A for a
 * charger that takes only integer amperes, 0.1 A otherwise).
 */
public record EvseSpec(String id, String parentId, EvseWiring wiring, Current maxCurrent, Current minCurrent,
                       Current step) {
    public static final Current IEC_MIN_CURRENT = Current.ofAmps(6);

    public EvseSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(wiring, "wiring");
        Objects.requireNonNull(maxCurrent, "maxCurrent");
        Objects.requireNonNull(minCurrent, "minCurrent");
        Objects.requireNonNull(step, "step");
        if (step.milliamps() <= 0) {
            throw new IllegalArgumentException("EVSE " + id + ": step must be positive");
        }
        if (minCurrent.compareTo(maxCurrent) > 0) {
            throw new IllegalArgumentException("EVSE " + id + ": min current " + minCurrent + " exceeds max " + maxCurrent);
        }
    }

    /** The same EVSE under another node. */
    public EvseSpec withParent(String newParentId) {
        return new EvseSpec(id, newParentId, wiring, maxCurrent, minCurrent, step);
    }

    /** An EVSE with the IEC minimum of 6 A and 0.1 A steps. */
    public static EvseSpec of(String id, String parentId, EvseWiring wiring, Current maxCurrent) {
        return new EvseSpec(id, parentId, wiring, maxCurrent, IEC_MIN_CURRENT, Current.ofMilliamps(100));
    }
}
