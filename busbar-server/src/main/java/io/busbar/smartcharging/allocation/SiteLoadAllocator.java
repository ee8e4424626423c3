package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Computes a charging limit per connected EV for one site at one instant.
 *
 * <p>Contract: for every state, the returned limits (drawn all at once, on top of the non-EV load given) keep every
 * line current of the grid connection and of every breaker, every transformer primary current (phasor sums) and the
 * grid power limit within their limits, and the site power within the demand-charge target when that policy is on.
 * Each limit is 0 or between the EV's minimum and maximum, a multiple of the EVSE's step (or exactly the minimum),
 * and never above what the EV can absorb over {@link AllocatorSettings#period()} when its energy need is known.
 * Higher priority classes are served first; within a class the least-laxity EVs are admitted first when not every
 * EV's minimum fits, and the capacity above the minimums is shared per {@link AllocatorSettings.Sharing}.
 * Deterministic and thread-safe (immutable after construction); reads no clock.
 *
 * @throws IllegalArgumentException from {@link #allocate} if the state names an EVSE twice or one not in the site
 */
public final class SiteLoadAllocator {
    private static final double HOUR_SECONDS = 3600.0;

    private final ElectricalModel model;
    private final SitePolicies policies;
    private final AllocatorSettings settings;

    public SiteLoadAllocator(SiteTopology site, SitePolicies policies, AllocatorSettings settings) {
        this.model = new ElectricalModel(Objects.requireNonNull(site, "site"));
        this.policies = Objects.requireNonNull(policies, "policies");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Allocation allocate(SiteState state) {
        List<ConnectedEv> evs = state.evs();
        int n = evs.size();
        ElectricalModel.Terms[] terms = new ElectricalModel.Terms[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] step = new double[n];
        double[] weight = new double[n];
        double[] offset = new double[n];
        int[] tier = new int[n];
        LimitReason[] ownBound = new LimitReason[n];
        EvNeed[] needs = new EvNeed[n];
        double periodHours = settings.period().toMillis() / 1000.0 / HOUR_SECONDS;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ConnectedEv ev = evs.get(i);
            int e = model.evseIndex(ev.evseId());
            if (e < 0) {
                throw new IllegalArgumentException("EVSE " + ev.evseId() + " is not part of the site");
            }
            if (!seen.add(ev.evseId())) {
                throw new IllegalArgumentException("EVSE " + ev.evseId() + " appears twice in the site state");
            }
            EvseSpec evse = model.evse(e);
            boolean threePhaseEv = evse.wiring() instanceof EvseWiring.ThreePhase && ev.phases() != EvPhases.SINGLE;
            terms[i] = model.terms(e, threePhaseEv);
            step[i] = evse.step().amps();
            tier[i] = ev.priority();
            lo[i] = Math.max(evse.minCurrent().amps(), ev.evMinCurrent().map(Current::amps).orElse(0.0));
            hi[i] = evse.maxCurrent().amps();
            ownBound[i] = LimitReason.EVSE_MAX;
            if (ev.evMaxCurrent().isPresent() && ev.evMaxCurrent().get().amps() < hi[i]) {
                hi[i] = ev.evMaxCurrent().get().amps();
                ownBound[i] = LimitReason.EV_MAX;
            }
            if (ev.measuredCurrent().isPresent() && ev.lastLimit().isPresent()) {
                double measured = ev.measuredCurrent().get().amps();
                double last = ev.lastLimit().get().amps();
                // An EV drawing clearly less than allowed (battery nearly full, cold battery, its own limit): keep
                // room for it to ramp up, give the rest to others.
                double headroom = Math.max(2.0, 0.1 * measured);
                if (measured + headroom < last && measured + headroom < hi[i]) {
                    hi[i] = Math.max(lo[i], measured + headroom);
                    ownBound[i] = LimitReason.EV_DRAWS_LESS;
                }
            }
            double wattsPerAmp = terms[i].wattsPerAmp();
            double maxKw = hi[i] * wattsPerAmp / 1000;
            if (ev.energyRequired().isPresent()) {
                double kwh = ev.energyRequired().get().wattHours() / 1000.0;
                if (kwh <= 0) {
                    hi[i] = 0;
                    ownBound[i] = LimitReason.NO_ENERGY_NEEDED;
                } else {
                    double absorbable = Math.ceil(kwh * 1000 / (wattsPerAmp * periodHours) / step[i] - 1e-9) * step[i];
                    if (absorbable < hi[i]) {
                        hi[i] = Math.max(lo[i], absorbable);
                        ownBound[i] = LimitReason.ENERGY_REMAINING;
                    }
                }
            }
            Instant departure = ev.departure().orElseGet(() -> ev.pluggedInAt().plus(settings.defaultDwell()));
            double hoursLeft = Math.max(periodHours, Duration.between(state.at(), departure).toMillis() / 1000.0 / HOUR_SECONDS);
            needs[i] = new EvNeed(ev, departure, hoursLeft, maxKw, ev.energyRequired().map(en -> en.wattHours() / 1000.0));
            if (settings.sharing() != AllocatorSettings.Sharing.EQUAL && maxKw > 0) {
                // fluid least-laxity-first: one ampere for one period raises laxity by period/max-current hours
                double maxAmps = maxKw * 1000 / wattsPerAmp;
                weight[i] = maxAmps / periodHours;
                double laxity = ev.energyRequired().isPresent() ? needs[i].laxityHours()
                        : settings.defaultDwell().toMillis() / 2 / 1000.0 / HOUR_SECONDS;
                offset[i] = laxity;
            } else {
                weight[i] = 1.0;
            }
        }
        LimitReason[] policyBound = new LimitReason[n];
        policies.timeOfUse().ifPresent(tou -> TimeOfUsePlanner.apply(tou, state.at(), needs, lo, hi, policyBound));
        double[] limits = model.limitsLeft(state);
        policies.demandCharge().ifPresent(policy -> limits[ElectricalModel.DEMAND] =
                DemandTarget.allowedEvPower(policy, state, needs, periodHours));
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -tier[i]).thenComparing(i -> needs[i], EvNeed.URGENCY))
                .mapToInt(Integer::intValue).toArray();
        int[] lifted = new int[0];
        double[] sharedLimits = limits;
        if (settings.sharing() != AllocatorSettings.Sharing.EQUAL) {
            NeedBalance balance = settings.sharing() == AllocatorSettings.Sharing.PLANNED
                    ? HorizonPlan.of(model, terms, needs, hi, lo, tier, limits, periodHours)
                    : NeedBalance.of(model, terms, needs, hi, limits);
            sharedLimits = balance.limits();
            terms = balance.terms();
            lifted = balance.temporary();
        }
        WaterFilling filling = new WaterFilling(terms, lo, hi, step, weight, offset, tier, order, sharedLimits);
        filling.liftAfterSharing(lifted);
        filling.solve(settings.sharing() == AllocatorSettings.Sharing.EQUAL);
        List<EvseLimit> result = new ArrayList<>(n);
        double totalWatts = 0;
        for (int i = 0; i < n; i++) {
            double amps = filling.x[i];
            // x is a multiple of the step computed in floating point; the solver kept a 1 mA margin below every limit
            Current current = Current.ofMilliamps(Math.max(0, Math.round(amps * 1000)));
            totalWatts += current.amps() * terms[i].wattsPerAmp();
            result.add(limitOf(evs.get(i).evseId(), current, terms[i], filling, i, lo[i], hi[i], ownBound[i], policyBound[i]));
        }
        return new Allocation(state.at(), result, Power.ofWatts((long) Math.ceil(totalWatts - 1e-6)));
    }

    private EvseLimit limitOf(String evseId, Current current, ElectricalModel.Terms terms, WaterFilling filling, int i,
                              double lo, double hi, LimitReason ownBound, LimitReason policyBound) {
        int stoppedBy = filling.stoppedBy[i];
        LimitReason reason;
        Optional<String> constraint = Optional.empty();
        if (policyBound != null && (current.milliamps() == 0 || stoppedBy == WaterFilling.OWN_BOUND)) {
            reason = policyBound;
        } else if (hi <= 0 || lo > hi) {
            reason = ownBound;
        } else if (stoppedBy == WaterFilling.PAUSED) {
            reason = LimitReason.MIN_NOT_REACHABLE_PAUSED;
            int k = filling.blockedBy(i);
            constraint = k >= 0 && k < model.size() ? Optional.of(model.name(k)) : Optional.empty();
        } else if (stoppedBy >= 0 && stoppedBy < model.size()) {
            reason = current.milliamps() == 0 ? LimitReason.MIN_NOT_REACHABLE_PAUSED : model.kind(stoppedBy);
            constraint = Optional.of(model.name(stoppedBy));
        } else {
            reason = ownBound;
        }
        long watts = (long) Math.floor(current.amps() * terms.wattsPerAmp());
        return new EvseLimit(evseId, current, terms.phases(), Power.ofWatts(watts), reason, constraint);
    }
}
