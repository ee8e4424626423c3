package io.busbar.smartcharging.allocation;

import java.util.Objects;
import java.util.Optional;

/** The cost-aware policies a site runs with; both optional. */
public record SitePolicies(Optional<DemandChargeProtection> demandCharge, Optional<TimeOfUseShifting> timeOfUse) {
    public static final SitePolicies NONE = new SitePolicies(Optional.empty(), Optional.empty());

    public SitePolicies {
        Objects.requireNonNull(demandCharge, "demandCharge");
        Objects.requireNonNull(timeOfUse, "timeOfUse");
    }
}
