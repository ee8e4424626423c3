package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.smartcharging.TopologyDocument;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SiteLoadAllocator;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated topology document compiled for the allocator: the model, the policies, the EVSEs by reference, and
 * how far non-EV load reports are trusted.
 */
record CompiledSite(SiteId site, int revision, TopologyDocument document, SiteTopology topology,
                    SitePolicies policies, AllocatorSettings settings, Map<EvseRef, EvseSpec> evses,
                    Map<EvseRef, Integer> priorities, Duration nonEvMaxAge, PhaseCurrents nonEvWorstCase) {
    CompiledSite {
        evses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evses));
        priorities = Map.copyOf(priorities);
    }

    SiteLoadAllocator allocator() {
        return new SiteLoadAllocator(topology, policies, settings);
    }

    Set<ChargerIdentity> chargers() {
        return evses.keySet().stream().map(EvseRef::charger).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    EvseSpec spec(EvseRef ref) {
        return evses.get(ref);
    }

    double lineToNeutralVolts() {
        return topology.lineToNeutral().volts();
    }
}
