package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;

import java.util.Objects;

/**
 * One current per grid line: a limit per phase (where {@link #UNLIMITED} means none) or a measured load per phase.
 */
public record PhaseCurrents(Current l1, Current l2, Current l3) {
    /** No limit on any phase. */
    public static final PhaseCurrents UNLIMITED =
            new PhaseCurrents(Current.ofMilliamps(Long.MAX_VALUE), Current.ofMilliamps(Long.MAX_VALUE),
                    Current.ofMilliamps(Long.MAX_VALUE));
    public static final PhaseCurrents NONE = new PhaseCurrents(Current.ZERO, Current.ZERO, Current.ZERO);

    public PhaseCurrents {
        Objects.requireNonNull(l1, "l1");
        Objects.requireNonNull(l2, "l2");
        Objects.requireNonNull(l3, "l3");
    }

    public static PhaseCurrents uniform(Current perPhase) {
        return new PhaseCurrents(perPhase, perPhase, perPhase);
    }

    public Current on(Phase phase) {
        return switch (phase) {
            case L1 -> l1;
            case L2 -> l2;
            case L3 -> l3;
        };
    }

    /** Whether this (as a set of limits) limits that phase at all. */
    public boolean isLimitedOn(Phase phase) {
        return on(phase).milliamps() != Long.MAX_VALUE;
    }
}
