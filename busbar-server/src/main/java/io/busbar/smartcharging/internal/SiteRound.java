package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.Allocation;
import io.busbar.smartcharging.allocation.ConnectedEv;
import io.busbar.smartcharging.allocation.DemandWindow;
import io.busbar.smartcharging.allocation.EvseLimit;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SiteState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One load-management round for one site: what every EV may draw now, the allocator's answer, and which limits go
 * on the wire. The rule that keeps the site within its limits while limits change (chargers answer at different
 * times, or not at all):
 * <ul>
 * <li>Busbar counts each EVSE at what it may be drawing: the higher of its last confirmed limit (or, without a
 * TxProfile, its charger's default: 0 A online default, else the fail-safe, else the EVSE maximum), the limit on
 * the wire, and any unanswered one. An EVSE with a profile on the wire or a retry not yet due is pinned at that.</li>
 * <li>Lowerings are sent at once. A raise is sent only when every EVSE drawing the higher of what it holds and its
 * new limit, all at once, stays within every limit; otherwise it waits until the lowerings it counts on are
 * confirmed (each answer triggers the next round).</li>
 * </ul>
 * By induction, the limits the chargers may be enforcing at any moment were together within every limit.
 */
@Component
class SiteRound {
    private static final Logger log = LoggerFactory.getLogger(SiteRound.class);
    /** Pinned EVs are served before every priority class: their current is not Busbar's to give away. */
    static final int PINNED_PRIORITY = 1_000_000;

    private final LiveState state;
    private final ProfileSender sender;
    private final NonEvLoadBook nonEvLoads;
    private final LoadSeries series;
    private final DemandTracker demand;
    private final LoadManagementProperties properties;
    private final Clock clock;
    private final Map<SiteId, FailSafeCache> failSafes = new java.util.concurrent.ConcurrentHashMap<>();
    private BiConsumer<SiteId, Instant> retryDue = (site, at) -> { };
    private Consumer<SiteId> answered = site -> { };

    SiteRound(LiveState state, ProfileSender sender, NonEvLoadBook nonEvLoads, LoadSeries series,
              DemandTracker demand, LoadManagementProperties properties, Clock clock) {
        this.state = state;
        this.sender = sender;
        this.nonEvLoads = nonEvLoads;
        this.series = series;
        this.demand = demand;
        this.properties = properties;
        this.clock = clock;
    }

    private record FailSafeCache(int revision, Current current) {
    }

    void onRetryDue(BiConsumer<SiteId, Instant> callback) {
        this.retryDue = callback;
    }

    void onAnswer(Consumer<SiteId> callback) {
        this.answered = callback;
    }

    /** Runs under the site's round lock. */
    void run(CompiledSite site) {
        Instant now = clock.instant();
        Current failSafe = failSafe(site);
        Runnable again = () -> answered.accept(site.site());
        for (ChargerIdentity charger : site.chargers()) {
            ChargerDefaults defaults = state.defaults(charger);
            if (state.reachable(charger) && defaults.due(failSafe, now, properties.lease())) {
                sender.sendDefaults(charger, defaults, failSafe, again);
            }
        }
        List<ConnectedEv> evs = new ArrayList<>();
        Map<EvseRef, Current> held = new HashMap<>();
        List<EvseRef> free = new ArrayList<>();
        Instant nextRetry = null;
        for (Map.Entry<EvseRef, EvseSpec> entry : site.evses().entrySet()) {
            EvseRef evse = entry.getKey();
            Optional<LiveEv> live = state.ev(evse);
            if (live.isEmpty()) {
                continue;
            }
            EvseProfile profile = state.profile(evse);
            Current withoutProfile = state.defaults(evse.charger()).withoutProfile(now);
            Current h = profile.held(withoutProfile == null ? entry.getValue().maxCurrent() : withoutProfile, now);
            held.put(evse, h);
            if (profile.fixed(now) || !state.reachable(evse.charger())) {
                evs.add(live.get().toPinnedEv(PINNED_PRIORITY, h));
                Instant retryAt = profile.retryAt();
                if (retryAt != null && retryAt.isAfter(now) && (nextRetry == null || retryAt.isBefore(nextRetry))) {
                    nextRetry = retryAt;
                }
            } else {
                evs.add(live.get().toConnectedEv(site.priorities().getOrDefault(evse, 0), h, now));
                free.add(evse);
            }
        }
        NonEvLoad nonEv = nonEvLoad(site, now);
        Optional<DemandWindow> window = site.policies().demandCharge()
                .map(policy -> demand.window(site, policy.window(), now));
        Map<String, PhaseCurrents> nonEvAtGrid = nonEv.load().equals(PhaseCurrents.NONE) ? Map.of()
                : Map.of(site.topology().grid().id(), nonEv.load());
        Power nonEvPower = Power.ofWatts(Math.round(nonEv.watts(site)));
        Allocation allocation;
        try {
            allocation = site.allocator().allocate(new SiteState(now, evs, nonEvAtGrid, nonEvPower, window));
        } catch (IllegalArgumentException e) {
            log.error("Allocation for site {} failed", site.site(), e);
            return;
        }
        Exposure exposure = currents -> fits(site, currents, now, nonEvAtGrid, nonEvPower, window);
        dispatch(allocation, free, held, now, again, exposure);
        state.lastRound(site.site(), new LiveState.LastRound(site.revision(), now, failSafe, nonEv.load(),
                nonEv.source(), allocation));
        observe(site, allocation, held, nonEv, now);
        if (nextRetry != null) {
            retryDue.accept(site.site(), nextRetry);
        }
    }

    /** Whether every EV drawing up to the given current at once stays within all limits. */
    private interface Exposure {
        boolean fits(Map<EvseRef, Current> currents);
    }

    /**
     * Sends lowerings at once, renewals when due, and raises only when the site holds even if every EVSE drew the
     * higher of its held and new limit; else in a later round, once the lowerings are confirmed (each answer
     * triggers one).
     */
    private void dispatch(Allocation allocation, List<EvseRef> free, Map<EvseRef, Current> held, Instant now,
                          Runnable again, Exposure exposure) {
        List<EvseRef> lowerings = new ArrayList<>();
        List<EvseRef> raises = new ArrayList<>();
        List<EvseRef> renewals = new ArrayList<>();
        Map<EvseRef, EvseLimit> targets = new HashMap<>();
        Map<EvseRef, Current> worst = new HashMap<>(held);
        for (EvseRef evse : free) {
            EvseLimit limit = allocation.limitOf(evse.key()).orElseThrow();
            targets.put(evse, limit);
            EvseProfile profile = state.profile(evse);
            profile.target(limit);
            Current target = ProfileSender.tenths(limit.current());
            int change = target.compareTo(held.get(evse));
            if (change < 0) {
                lowerings.add(evse);
            } else if (change > 0) {
                raises.add(evse);
                worst.put(evse, target);
            } else if (profile.needsRenewal(now, properties.lease())) {
                renewals.add(evse);
            } else {
                profile.settled();
            }
        }
        List<EvseRef> send = new ArrayList<>(lowerings);
        send.addAll(renewals);
        // Even without a lowering in this round, EVs pinned at a limit they may still draw (a lowering on the wire)
        // can overload the site: the allocator then pauses some of them in its model and hands their current to
        // free EVs. A raise goes out only if every EVSE drawing the higher of its held and new limit fits.
        if (!raises.isEmpty() && exposure.fits(worst)) {
            send.addAll(raises);
        }
        if (log.isDebugEnabled() && !send.isEmpty()) {
            log.debug("Sending {}: lowerings {}, raises {} (held), renewals {}", send.stream()
                    .map(e -> e.key() + " " + held.get(e) + "->" + ProfileSender.tenths(targets.get(e).current()))
                    .toList(), lowerings.size(), raises.size(), renewals.size());
        }
        for (EvseRef evse : send) {
            EvseProfile profile = state.profile(evse);
            String transaction = profile.transactionId();
            if (transaction == null) {
                continue;
            }
            sender.sendLimit(evse, profile, transaction, targets.get(evse), leaseEnd(evse, now), again);
        }
    }

    /**
     * Asks the allocator itself whether these currents fit: every EV pinned at its current (served first, minimum =
     * maximum = it); they fit when none had to be paused or cut.
     */
    private boolean fits(CompiledSite site, Map<EvseRef, Current> currents, Instant now,
                         Map<String, PhaseCurrents> nonEv, Power nonEvPower, Optional<DemandWindow> window) {
        List<ConnectedEv> pinned = new ArrayList<>();
        for (Map.Entry<EvseRef, Current> entry : currents.entrySet()) {
            state.ev(entry.getKey()).ifPresent(ev -> pinned.add(ev.toPinnedEv(PINNED_PRIORITY, entry.getValue())));
        }
        Allocation check = site.allocator().allocate(new SiteState(now, pinned, nonEv, nonEvPower, window));
        for (Map.Entry<EvseRef, Current> entry : currents.entrySet()) {
            EvseSpec spec = site.spec(entry.getKey());
            Current wanted = entry.getValue();
            if (wanted.compareTo(spec.minCurrent()) < 0) {
                continue; // below the minimum an EV does not charge
            }
            Optional<EvseLimit> got = check.limitOf(entry.getKey().key());
            if (got.isPresent() && ProfileSender.tenths(got.get().current()).compareTo(wanted) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A TxProfile ends with the charger's 0 A online default: when Busbar goes away both lapse together and every
     * transaction falls back to the fail-safe (never a TxProfile next to a fail-safe transaction, whose sum the
     * allocation did not check). Without a confirmed online default: one lease.
     */
    private Instant leaseEnd(EvseRef evse, Instant now) {
        Instant onlineDefault = state.defaults(evse.charger()).onlineDefaultUntil();
        if (onlineDefault != null && onlineDefault.isAfter(now.plus(ProfileSender.CLOCK_SKEW))) {
            return onlineDefault;
        }
        return now.plus(properties.lease());
    }

    private Current failSafe(CompiledSite site) {
        FailSafeCache cached = failSafes.get(site.site());
        if (cached == null || cached.revision() != site.revision()) {
            cached = new FailSafeCache(site.revision(), FailSafeRule.of(site));
            failSafes.put(site.site(), cached);
        }
        return cached.current();
    }

    /** The non-EV load to plan with: the last report while fresh, else the configured worst case. */
    NonEvLoad nonEvLoad(CompiledSite site, Instant now) {
        Optional<NonEvLoadBook.Report> report = nonEvLoads.latest(site.site());
        if (report.isPresent() && !report.get().measuredAt().isBefore(now.minus(site.nonEvMaxAge()))) {
            return new NonEvLoad(report.get().load(), "REPORTED");
        }
        return new NonEvLoad(site.nonEvWorstCase(), report.isPresent() ? "STALE_WORST_CASE" : "WORST_CASE");
    }

    record NonEvLoad(PhaseCurrents load, String source) {
        double watts(CompiledSite site) {
            return (load.l1().amps() + load.l2().amps() + load.l3().amps()) * site.lineToNeutralVolts();
        }
    }

    private void observe(CompiledSite site, Allocation allocation, Map<EvseRef, Current> held, NonEvLoad nonEv,
                         Instant now) {
        double[] drawn = {nonEv.load().l1().amps(), nonEv.load().l2().amps(), nonEv.load().l3().amps()};
        double[] allocated = new double[3];
        double power = nonEv.watts(site);
        for (Map.Entry<EvseRef, Current> entry : held.entrySet()) {
            EvseSpec spec = site.spec(entry.getKey());
            LiveEv ev = state.ev(entry.getKey()).orElse(null);
            if (ev != null) {
                GridPhases.add(spec.wiring(), ev.phaseCurrentsNow(now), drawn);
                power += ev.powerWattsNow(now, site.lineToNeutralVolts());
            }
            EvseLimit limit = allocation.limitOf(entry.getKey().key()).orElse(null);
            if (limit != null) {
                GridPhases.add(spec.wiring(), GridPhases.onPhases(limit.current().amps(), limit.phases()), allocated);
            }
        }
        PhaseCurrents grid = site.topology().grid().phaseLimits();
        series.observe(site.site(), now, drawn, allocated,
                new double[] {grid.l1().amps(), grid.l2().amps(), grid.l3().amps()}, power);
    }
}
