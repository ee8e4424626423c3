package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.Breaker;
import io.busbar.smartcharging.allocation.ConnectedEv;
import io.busbar.smartcharging.allocation.EvPhases;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.GridConnection;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.PhaseRotation;
import io.busbar.smartcharging.allocation.SiteLoadAllocator;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteState;
import io.busbar.smartcharging.allocation.SiteTopology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Allocator compute time on synthetic European sites (230/400 V): {@code n} EVSEs of 32 A, 10 per feeder of 125 A per
 * phase (one in five single-phase, the rest three-phase with random rotation), grid connection sized for 40% of
 * the EVSEs at full current, every EVSE busy with a random mix of 1- and 3-phase EVs, energy needs, departures,
 * measured draws and priority classes. Fixed seed; times each {@link SiteLoadAllocator#allocate} call.
 */
public final class AllocationTiming {
    private AllocationTiming() {
    }

    public record Result(int evses, int calls, double p50Micros, double p99Micros, double maxMicros) {
    }

    public static Result measure(int evses, int calls, long seed) {
        return measure(evses, calls, seed, AllocatorSettings.DEFAULT, true);
    }

    /**
     * As {@link #measure(int, int, long)} with the given settings; {@code priorities} false puts every EV in one
     * priority class (the horizon plan of {@link AllocatorSettings.Sharing#PLANNED} runs only then).
     */
    public static Result measure(int evses, int calls, long seed, AllocatorSettings settings, boolean priorities) {
        Random random = new Random(seed);
        SiteTopology site = site(evses, random);
        SiteLoadAllocator allocator = new SiteLoadAllocator(site, SitePolicies.NONE, settings);
        List<SiteState> states = new ArrayList<>();
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        for (int s = 0; s < 20; s++) {
            states.add(state(site, now.plus(Duration.ofMinutes(5L * s)), random, priorities));
        }
        for (int warm = 0; warm < Math.max(200, calls / 2); warm++) {
            allocator.allocate(states.get(warm % states.size()));
        }
        long[] micros = new long[calls];
        for (int c = 0; c < calls; c++) {
            SiteState state = states.get(c % states.size());
            long began = System.nanoTime();
            allocator.allocate(state);
            micros[c] = (System.nanoTime() - began) / 1000;
        }
        java.util.Arrays.sort(micros);
        return new Result(evses, calls, SessionReplay.percentile(micros, 0.5), SessionReplay.percentile(micros, 0.99),
                micros[calls - 1]);
    }

    static SiteTopology site(int evses, Random random) {
        int feeders = (evses + 9) / 10;
        List<Breaker> breakers = new ArrayList<>();
        for (int f = 0; f < feeders; f++) {
            breakers.add(new Breaker("feeder-" + f, "grid", PhaseCurrents.uniform(Current.ofAmps(125))));
        }
        List<EvseSpec> specs = new ArrayList<>();
        for (int e = 0; e < evses; e++) {
            EvseWiring wiring = e % 5 == 0 ? new EvseWiring.LineToNeutral(Phase.values()[random.nextInt(3)])
                    : new EvseWiring.ThreePhase(PhaseRotation.values()[random.nextInt(6)]);
            specs.add(new EvseSpec("evse-" + e, "feeder-" + (e / 10), wiring, Current.ofAmps(32), Current.ofAmps(6),
                    e % 3 == 0 ? Current.ofAmps(1) : Current.ofMilliamps(100)));
        }
        GridConnection grid = new GridConnection("grid", PhaseCurrents.uniform(Current.ofAmps(Math.max(40, evses * 32L * 4 / 10))),
                Optional.of(Power.ofWatts(evses * 22_000L * 4 / 10 + 10_000)), Optional.empty());
        return new SiteTopology("synthetic-" + evses, Voltage.ofVolts(230), Voltage.ofVolts(400), grid, breakers, specs);
    }

    static SiteState state(SiteTopology site, Instant now, Random random, boolean priorities) {
        List<ConnectedEv> evs = new ArrayList<>();
        for (EvseSpec evse : site.evses()) {
            ConnectedEv.Builder ev = ConnectedEv.on(evse.id(), now.minus(Duration.ofMinutes(random.nextInt(240))))
                    .phases(random.nextInt(3) == 0 ? EvPhases.SINGLE : EvPhases.THREE)
                    .maxCurrent(Current.ofAmps(random.nextBoolean() ? 16 : 32))
                    .priority(random.nextInt(10) == 0 && priorities ? 1 : 0);
            if (random.nextInt(4) > 0) {
                ev.needs(Energy.ofWattHours(1_000 + random.nextInt(60_000)))
                        .departsAt(now.plus(Duration.ofMinutes(30 + random.nextInt(600))));
            }
            if (random.nextInt(5) == 0) {
                ev.measured(Current.ofAmps(3 + random.nextInt(10))).lastLimit(Current.ofAmps(16));
            }
            evs.add(ev.build());
        }
        return new SiteState(now, evs, Map.of("grid", PhaseCurrents.uniform(Current.ofAmps(random.nextInt(20)))),
                Power.ofWatts(random.nextInt(10_000)), Optional.empty());
    }
}
