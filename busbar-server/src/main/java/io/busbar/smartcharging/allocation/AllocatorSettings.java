package io.busbar.smartcharging.allocation;

import java.time.Duration;
import java.util.Objects;

/**
 * How the allocator plans: {@code period} is how long an allocation is expected to hold (the re-allocation interval;
 * an EV is never given more than its remaining energy over it), {@code defaultDwell} replaces an unknown departure
 * (counted from plug-in), and {@code sharing} says how spare capacity is shared.
 */
public record AllocatorSettings(Duration period, Duration defaultDwell, Sharing sharing) {
    /** How capacity above everyone's minimum is shared among EVs of one priority class. */
    public enum Sharing {
        /** Equal current for everyone (max-min fair); the default when nothing is known about the EVs. */
        EQUAL,
        /** In proportion to each EV's need (energy still required over time left), most urgent EVs first. */
        BY_NEED,
        /**
         * {@link #BY_NEED} within a receding-horizon plan: each group of EVSEs that loads the supply the same way (a
         * line pair, a phase behind a breaker) is first capped at what a plan over the EVs' remaining energy and
         * departures gives it now (model predictive control, re-planned on every allocation). Pays off where groups
         * compete for shared lines, e.g. single-phase EVSEs on a delta transformer; otherwise as {@link #BY_NEED}.
         */
        PLANNED
    }

    public static final AllocatorSettings DEFAULT =
            new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8), Sharing.BY_NEED);

    public AllocatorSettings {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(defaultDwell, "defaultDwell");
        Objects.requireNonNull(sharing, "sharing");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }
}
