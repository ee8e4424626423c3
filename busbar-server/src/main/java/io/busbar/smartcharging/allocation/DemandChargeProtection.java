package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Power;

import java.time.Duration;
import java.util.Objects;

/**
 * Demand-charge policy: the site's average power over each demand window (15 minutes for most utilities) stays
 * under {@code cap}. With {@code holdMonthPeak} the target is lower: the month's peak so far (power up to it costs
 * no extra demand charge), raised only as far as the EVs present need to be served by their departures, and never
 * above {@code cap}.
 */
public record DemandChargeProtection(Power cap, Duration window, boolean holdMonthPeak) {
    public DemandChargeProtection {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("demand window must be positive");
        }
    }
}
