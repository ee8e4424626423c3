package io.busbar.smartcharging.internal;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.Allocation;
import io.busbar.smartcharging.allocation.ConnectedEv;
import io.busbar.smartcharging.allocation.EvPhases;
import io.busbar.smartcharging.allocation.EvseLimit;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SiteLoadAllocator;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteState;
import io.busbar.smartcharging.allocation.SiteTopology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fail-safe: one current per phase for every EVSE of the site such that, if every EVSE drew it at once on all
 * its phases (an unknown EV on a three-phase EVSE counts as three-phase), next to the configured worst-case non-EV
 * load, no limit of the tree is exceeded. Computed with the allocator itself (so phasor sums, transformers and
 * power limits count as they do online): every EVSE gets an EV, minimums are dropped, capacity is shared equally
 * (max-min fair), and the smallest share is the largest current every EVSE can have at once. Rounded down to
 * 0.1 A. The allocator guarantees its limits hold for any draw below them, so all drawing that share is safe.
 */
final class FailSafeRule {
    /** A fine step, so quantisation does not cost a tenth of an ampere before the final rounding. */
    private static final Current FINE = Current.ofMilliamps(1);

    private FailSafeRule() {
    }

    static Current of(CompiledSite site) {
        SiteTopology topology = site.topology();
        if (topology.evses().isEmpty()) {
            return Current.ZERO;
        }
        List<EvseSpec> evses = topology.evses().stream()
                .map(e -> new EvseSpec(e.id(), e.parentId(), e.wiring(), e.maxCurrent(), Current.ZERO, FINE))
                .toList();
        SiteTopology relaxed = new SiteTopology(topology.siteId(), topology.lineToNeutral(), topology.lineToLine(),
                topology.grid(), topology.breakers(), evses);
        SiteLoadAllocator allocator = new SiteLoadAllocator(relaxed, SitePolicies.NONE,
                new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8), AllocatorSettings.Sharing.EQUAL));
        Instant at = Instant.EPOCH;
        List<ConnectedEv> evs = evses.stream()
                .map(e -> ConnectedEv.on(e.id(), at).phases(EvPhases.UNKNOWN).build()).toList();
        Map<String, PhaseCurrents> nonEv = site.nonEvWorstCase().equals(PhaseCurrents.NONE) ? Map.of()
                : Map.of(topology.grid().id(), site.nonEvWorstCase());
        Allocation allocation = allocator.allocate(new SiteState(at, evs, nonEv,
                Power.ofWatts(Math.round(nonEvWatts(site))), Optional.empty()));
        long least = allocation.limits().stream().map(EvseLimit::current).mapToLong(Current::milliamps).min()
                .orElse(0);
        return ProfileSender.tenths(Current.ofMilliamps(least));
    }

    private static double nonEvWatts(CompiledSite site) {
        PhaseCurrents load = site.nonEvWorstCase();
        return (load.l1().amps() + load.l2().amps() + load.l3().amps()) * site.lineToNeutralVolts();
    }
}
