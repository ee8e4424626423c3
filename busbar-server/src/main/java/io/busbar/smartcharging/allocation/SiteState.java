package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Power;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site at one instant: the EVs plugged in, the non-EV load measured at nodes of the tree (node id to line
 * currents, e.g. the building behind the grid meter) and in total ({@code nonEvPower}), and the demand window so far
 * (needed only with a {@link DemandChargeProtection} policy).
 */
public record SiteState(Instant at, List<ConnectedEv> evs, Map<String, PhaseCurrents> nonEvLoad, Power nonEvPower,
                        Optional<DemandWindow> demand) {
    public SiteState {
        Objects.requireNonNull(at, "at");
        evs = List.copyOf(evs);
        nonEvLoad = Map.copyOf(nonEvLoad);
        Objects.requireNonNull(nonEvPower, "nonEvPower");
        Objects.requireNonNull(demand, "demand");
    }

    public static SiteState of(Instant at, List<ConnectedEv> evs) {
        return new SiteState(at, evs, Map.of(), Power.ZERO, Optional.empty());
    }
}
