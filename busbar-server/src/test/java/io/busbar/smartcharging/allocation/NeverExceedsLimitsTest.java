package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.replay.LimitAudit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomized (fixed seeds, so reproducible): many random sites (European line-to-neutral and three-phase EVSEs with
 * any rotation, North American line-to-line EVSEs behind a delta-wye transformer, nested breakers, power limits,
 * non-EV load, a demand cap) and random EV mixes. Whatever the allocator answers, an independent audit of the
 * phasor sums finds no limit exceeded, neither with every EV at its limit nor with each EV drawing anything
 * between 0 and its limit, and every limit is 0 or within the EV's bounds on the EVSE's step.
 */
class NeverExceedsLimitsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void noLimitIsEverExceededOnRandomSitesAndEvMixes() {
        int checked = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            SiteTopology site = randomSite(random);
            SiteState state = randomState(site, random);
            for (AllocatorSettings.Sharing sharing : AllocatorSettings.Sharing.values()) {
                SitePolicies policies = random.nextBoolean() ? SitePolicies.NONE : new SitePolicies(Optional.of(
                        new DemandChargeProtection(Power.ofWatts(5_000 + random.nextInt(60_000)), Duration.ofMinutes(15),
                                random.nextBoolean())), Optional.empty());
                Allocation allocation = new SiteLoadAllocator(site, policies,
                        new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8), sharing)).allocate(state);
                assertWithinLimits(site, state, allocation, random, "seed " + seed + " " + sharing);
                assertBoundsRespected(site, state, allocation, "seed " + seed + " " + sharing);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1200);
    }

    /** The horizon plan runs only with one priority class: the same random sites and EVs, all in class 0. */
    @Test
    void theHorizonPlanNeverExceedsALimitEither() {
        AllocatorSettings planned = new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8),
                AllocatorSettings.Sharing.PLANNED);
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            SiteTopology site = randomSite(random);
            SiteState mixed = randomState(site, random);
            SiteState state = new SiteState(mixed.at(), mixed.evs().stream().map(ev -> new ConnectedEv(ev.evseId(),
                    ev.pluggedInAt(), ev.phases(), ev.evMaxCurrent(), ev.evMinCurrent(), ev.energyRequired(),
                    ev.departure(), ev.stateOfChargePercent(), 0, ev.measuredCurrent(), ev.lastLimit())).toList(),
                    mixed.nonEvLoad(), mixed.nonEvPower(), mixed.demand());

            Allocation allocation = new SiteLoadAllocator(site, SitePolicies.NONE, planned).allocate(state);

            assertWithinLimits(site, state, allocation, random, "seed " + seed + " planned");
            assertBoundsRespected(site, state, allocation, "seed " + seed + " planned");
        }
    }

    @Test
    void demandCapHoldsOnRandomSites() {
        for (long seed = 1000; seed < 1200; seed++) {
            Random random = new Random(seed);
            SiteTopology site = randomSite(random);
            SiteState state = randomState(site, random);
            Power cap = Power.ofWatts(3_000 + random.nextInt(40_000));
            SitePolicies policies = new SitePolicies(Optional.of(new DemandChargeProtection(cap, Duration.ofMinutes(15), false)),
                    Optional.empty());

            Allocation allocation = new SiteLoadAllocator(site, policies, AllocatorSettings.DEFAULT).allocate(state);

            assertThat(allocation.allocatedPower().watts() + state.nonEvPower().watts())
                    .as("seed %d", seed).isLessThanOrEqualTo(Math.max(cap.watts(), state.nonEvPower().watts()));
        }
    }

    private static void assertWithinLimits(SiteTopology site, SiteState state, Allocation allocation, Random random,
                                           String what) {
        LimitAudit audit = new LimitAudit(site);
        List<LimitAudit.Draw> atLimits = new ArrayList<>();
        for (EvseLimit limit : allocation.limits()) {
            atLimits.add(new LimitAudit.Draw(limit.evseId(), limit.current().amps(), limit.phases()));
        }
        assertThat(audit.violations(atLimits, state.nonEvLoad(), state.nonEvPower().watts())).as(what + " at limits").isEmpty();
        for (int trial = 0; trial < 20; trial++) {
            List<LimitAudit.Draw> partial = new ArrayList<>();
            for (EvseLimit limit : allocation.limits()) {
                double share = switch (random.nextInt(3)) {
                    case 0 -> 0;
                    case 1 -> 1;
                    default -> random.nextDouble();
                };
                partial.add(new LimitAudit.Draw(limit.evseId(), share * limit.current().amps(), limit.phases()));
            }
            assertThat(audit.violations(partial, state.nonEvLoad(), state.nonEvPower().watts()))
                    .as(what + " with partial draws").isEmpty();
        }
    }

    private static void assertBoundsRespected(SiteTopology site, SiteState state, Allocation allocation, String what) {
        Map<String, EvseSpec> evses = new HashMap<>();
        site.evses().forEach(e -> evses.put(e.id(), e));
        for (int i = 0; i < state.evs().size(); i++) {
            ConnectedEv ev = state.evs().get(i);
            EvseLimit limit = allocation.limits().get(i);
            EvseSpec evse = evses.get(ev.evseId());
            assertThat(limit.evseId()).isEqualTo(ev.evseId());
            long mA = limit.current().milliamps();
            if (mA == 0) {
                continue;
            }
            long min = Math.max(evse.minCurrent().milliamps(), ev.evMinCurrent().map(Current::milliamps).orElse(0L));
            long max = Math.min(evse.maxCurrent().milliamps(), ev.evMaxCurrent().map(Current::milliamps).orElse(Long.MAX_VALUE));
            assertThat(mA).as(what + " " + ev.evseId() + " min").isGreaterThanOrEqualTo(min);
            assertThat(mA).as(what + " " + ev.evseId() + " max").isLessThanOrEqualTo(Math.max(min, max));
            assertThat(mA % evse.step().milliamps() == 0 || mA == min).as(what + " " + ev.evseId() + " step").isTrue();
        }
    }

    static SiteTopology randomSite(Random random) {
        boolean delta = random.nextInt(3) == 0;
        List<Breaker> breakers = new ArrayList<>();
        List<String> nodes = new ArrayList<>(List.of("grid"));
        int breakerCount = random.nextInt(6);
        for (int b = 0; b < breakerCount; b++) {
            String id = "b" + b;
            breakers.add(new Breaker(id, nodes.get(random.nextInt(nodes.size())), randomLimits(random, 10, 120)));
            nodes.add(id);
        }
        List<EvseSpec> evses = new ArrayList<>();
        int evseCount = 1 + random.nextInt(30);
        for (int e = 0; e < evseCount; e++) {
            Phase[] lines = Phase.values();
            EvseWiring wiring;
            if (delta) {
                Phase from = lines[random.nextInt(3)];
                wiring = new EvseWiring.LineToLine(from, lines[(from.ordinal() + 1 + random.nextInt(2)) % 3]);
            } else if (random.nextBoolean()) {
                wiring = new EvseWiring.ThreePhase(PhaseRotation.values()[random.nextInt(6)]);
            } else {
                wiring = new EvseWiring.LineToNeutral(lines[random.nextInt(3)]);
            }
            long max = 10 + random.nextInt(31);
            long min = random.nextInt(4) == 0 ? 0 : 6;
            long step = switch (random.nextInt(3)) {
                case 0 -> 1000;
                case 1 -> 100;
                default -> 500;
            };
            evses.add(new EvseSpec("e" + e, nodes.get(random.nextInt(nodes.size())), wiring, Current.ofAmps(max),
                    Current.ofAmps(min), Current.ofMilliamps(step)));
        }
        Optional<Power> maxPower = random.nextBoolean() ? Optional.of(Power.ofWatts(5_000 + random.nextInt(100_000))) : Optional.empty();
        Optional<Transformer> transformer = delta && random.nextBoolean()
                ? Optional.of(new Transformer(4, randomLimits(random, 10, 60))) : Optional.empty();
        GridConnection grid = new GridConnection("grid", randomLimits(random, 16, 250), maxPower, transformer);
        return delta
                ? new SiteTopology("delta", Voltage.ofVolts(120), Voltage.ofVolts(208), grid, breakers, evses)
                : new SiteTopology("europe", Voltage.ofVolts(230), Voltage.ofVolts(400), grid, breakers, evses);
    }

    private static PhaseCurrents randomLimits(Random random, int low, int high) {
        Current[] c = new Current[3];
        for (int l = 0; l < 3; l++) {
            c[l] = random.nextInt(8) == 0 ? PhaseCurrents.UNLIMITED.l1()
                    : Current.ofMilliamps(low * 1000L + random.nextInt((high - low) * 1000));
        }
        return new PhaseCurrents(c[0], c[1], c[2]);
    }

    static SiteState randomState(SiteTopology site, Random random) {
        List<ConnectedEv> evs = new ArrayList<>();
        for (EvseSpec evse : site.evses()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            ConnectedEv.Builder ev = ConnectedEv.on(evse.id(), NOW.minus(Duration.ofMinutes(random.nextInt(600))))
                    .phases(EvPhases.values()[random.nextInt(3)])
                    .priority(random.nextInt(6) == 0 ? 1 : 0);
            if (random.nextBoolean()) {
                ev.maxCurrent(Current.ofAmps(6 + random.nextInt(27)));
            }
            if (random.nextInt(8) == 0) {
                ev.minCurrent(Current.ofAmps(8));
            }
            if (random.nextInt(3) > 0) {
                ev.needs(Energy.ofWattHours(random.nextInt(50_000))).departsAt(NOW.plus(Duration.ofMinutes(random.nextInt(720))));
            }
            if (random.nextInt(4) == 0) {
                ev.stateOfCharge(random.nextInt(101));
            }
            if (random.nextInt(4) == 0) {
                ev.measured(Current.ofAmps(random.nextInt(20))).lastLimit(Current.ofAmps(random.nextInt(33)));
            }
            evs.add(ev.build());
        }
        Map<String, PhaseCurrents> load = random.nextBoolean()
                ? Map.of("grid", PhaseCurrents.uniform(Current.ofAmps(random.nextInt(15)))) : Map.of();
        return new SiteState(NOW, evs, load, Power.ofWatts(random.nextInt(3_000)), Optional.empty());
    }
}
