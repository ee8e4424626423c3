package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteLoadAllocatorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final AllocatorSettings FAIR =
            new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8), AllocatorSettings.Sharing.EQUAL);

    @Test
    void aLoneEvGetsItsOwnMaximum() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(63)), lineToNeutral("e1", Phase.L1, 32));

        Allocation allocation = allocate(site, FAIR, ev("e1").maxCurrent(amps(16)).build());

        assertThat(allocation.limitOf("e1").orElseThrow())
                .satisfies(limit -> assertThat(limit.current()).isEqualTo(amps(16)))
                .satisfies(limit -> assertThat(limit.code()).isEqualTo("EV_MAX"));
    }

    @Test
    void twoEvsOnOnePhaseShareItEquallyAndSayWhichPhaseLimitsThem() {
        SiteTopology site = europe(new PhaseCurrents(amps(32), amps(100), amps(100)),
                lineToNeutral("e1", Phase.L1, 32), lineToNeutral("e2", Phase.L1, 32), lineToNeutral("e3", Phase.L2, 32));

        Allocation allocation = allocate(site, FAIR, ev("e1").build(), ev("e2").build(), ev("e3").build());

        assertThat(limit(allocation, "e1")).isBetween(15.9, 16.0);
        assertThat(limit(allocation, "e2")).isBetween(15.9, 16.0);
        assertThat(allocation.limitOf("e1").orElseThrow().code()).isEqualTo("LIMITED_BY_PHASE_L1");
        assertThat(allocation.limitOf("e1").orElseThrow().constraint()).contains("grid/L1");
        assertThat(allocation.limitOf("e3").orElseThrow().current()).isEqualTo(amps(32));
        assertThat(allocation.limitOf("e3").orElseThrow().reason()).isEqualTo(LimitReason.EVSE_MAX);
    }

    @Test
    void whenNotEveryMinimumFitsTheLeastUrgentEvIsPaused() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(16)),
                lineToNeutral("e1", Phase.L1, 32), lineToNeutral("e2", Phase.L1, 32), lineToNeutral("e3", Phase.L1, 32));

        Allocation allocation = allocate(site, FAIR,
                ev("e1").needs(kwh(10)).departsAt(NOW.plus(Duration.ofHours(2))).build(),
                ev("e2").needs(kwh(10)).departsAt(NOW.plus(Duration.ofHours(9))).build(),
                ev("e3").needs(kwh(10)).departsAt(NOW.plus(Duration.ofHours(3))).build());

        assertThat(allocation.limitOf("e2").orElseThrow())
                .satisfies(limit -> assertThat(limit.current()).isEqualTo(Current.ZERO))
                .satisfies(limit -> assertThat(limit.reason()).isEqualTo(LimitReason.MIN_NOT_REACHABLE_PAUSED))
                .satisfies(limit -> assertThat(limit.constraint()).contains("grid/L1"));
        assertThat(limit(allocation, "e1")).isGreaterThanOrEqualTo(6);
        assertThat(limit(allocation, "e3")).isGreaterThanOrEqualTo(6);
        assertThat(limit(allocation, "e1") + limit(allocation, "e3")).isLessThanOrEqualTo(16);
    }

    @Test
    void limitsAreQuantisedToWhatTheChargerAccepts() {
        EvseSpec wholeAmps = new EvseSpec("e1", "grid", new EvseWiring.LineToNeutral(Phase.L1), amps(32), amps(6), amps(1));
        EvseSpec tenths = new EvseSpec("e2", "grid", new EvseWiring.LineToNeutral(Phase.L1), amps(32), amps(6),
                Current.ofMilliamps(100));
        SiteTopology site = europe(PhaseCurrents.uniform(Current.ofMilliamps(25_550)), wholeAmps, tenths);

        Allocation allocation = allocate(site, FAIR, ev("e1").build(), ev("e2").build());

        assertThat(allocation.limitOf("e1").orElseThrow().current().milliamps() % 1000).isZero();
        assertThat(allocation.limitOf("e2").orElseThrow().current().milliamps() % 100).isZero();
        assertThat(limit(allocation, "e1") + limit(allocation, "e2")).isBetween(24.5, 25.55);
    }

    @Test
    void aHigherPriorityClassIsServedFirst() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(40)),
                lineToNeutral("fleet", Phase.L1, 32), lineToNeutral("guest", Phase.L1, 32));

        Allocation allocation = allocate(site, FAIR, ev("fleet").priority(1).build(), ev("guest").build());

        assertThat(allocation.limitOf("fleet").orElseThrow().current()).isEqualTo(amps(32));
        assertThat(limit(allocation, "guest")).isBetween(7.9, 8.0);
    }

    @Test
    void powerAnEvDoesNotDrawGoesToOthers() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(32)),
                lineToNeutral("e1", Phase.L1, 32), lineToNeutral("e2", Phase.L1, 32));

        Allocation allocation = allocate(site, FAIR,
                ev("e1").measured(amps(5)).lastLimit(amps(16)).build(), ev("e2").lastLimit(amps(16)).measured(amps(16)).build());

        assertThat(allocation.limitOf("e1").orElseThrow())
                .satisfies(limit -> assertThat(limit.current()).isEqualTo(amps(7)))
                .satisfies(limit -> assertThat(limit.reason()).isEqualTo(LimitReason.EV_DRAWS_LESS));
        assertThat(limit(allocation, "e2")).isBetween(24.9, 25.0);
    }

    @Test
    void anEvNeedingLittleGetsNoMoreThanItCanAbsorbAndAFullOneNothing() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(63)),
                lineToNeutral("e1", Phase.L1, 32), lineToNeutral("e2", Phase.L1, 32));

        Allocation allocation = allocate(site, FAIR,
                ev("e1").needs(Energy.ofWattHours(200)).build(), ev("e2").needs(Energy.ZERO).build());

        // 200 Wh in 5 minutes at 230 V is 10.43 A
        assertThat(limit(allocation, "e1")).isBetween(10.43, 10.6);
        assertThat(allocation.limitOf("e1").orElseThrow().reason()).isEqualTo(LimitReason.ENERGY_REMAINING);
        assertThat(allocation.limitOf("e2").orElseThrow().current()).isEqualTo(Current.ZERO);
        assertThat(allocation.limitOf("e2").orElseThrow().reason()).isEqualTo(LimitReason.NO_ENERGY_NEEDED);
    }

    @Test
    void phaseRotationDecidesWhichGridLineASinglePhaseEvLoads() {
        PhaseCurrents onlyL1Tight = new PhaseCurrents(amps(10), amps(100), amps(100));
        SiteTopology site = europe(onlyL1Tight,
                new EvseSpec("standard", "grid", new EvseWiring.ThreePhase(PhaseRotation.RST), amps(32), amps(6), amps(1)),
                new EvseSpec("rotated", "grid", new EvseWiring.ThreePhase(PhaseRotation.STR), amps(32), amps(6), amps(1)));

        Allocation allocation = allocate(site, FAIR,
                ev("standard").phases(EvPhases.SINGLE).build(), ev("rotated").phases(EvPhases.SINGLE).build());

        assertThat(allocation.limitOf("standard").orElseThrow().current()).isEqualTo(amps(9));
        assertThat(allocation.limitOf("rotated").orElseThrow().current()).isEqualTo(amps(32));
        assertThat(allocation.limitOf("rotated").orElseThrow().phases()).isEqualTo(1);
    }

    @Test
    void anEvOfUnknownPhasesOnAThreePhaseEvseIsAssumedToLoadAllThree() {
        SiteTopology site = europe(new PhaseCurrents(amps(100), amps(100), amps(12)),
                new EvseSpec("e1", "grid", new EvseWiring.ThreePhase(PhaseRotation.RST), amps(32), amps(6), amps(1)));

        Allocation allocation = allocate(site, FAIR, ev("e1").build());

        assertThat(allocation.limitOf("e1").orElseThrow())
                .satisfies(limit -> assertThat(limit.current()).isEqualTo(amps(11)))
                .satisfies(limit -> assertThat(limit.phases()).isEqualTo(3))
                .satisfies(limit -> assertThat(limit.code()).isEqualTo("LIMITED_BY_PHASE_L3"));
    }

    @Test
    void nonEvLoadAndNestedBreakersAndThePowerLimitAreAllRespected() {
        SiteTopology site = new SiteTopology("s", Voltage.ofVolts(230), Voltage.ofVolts(400),
                new GridConnection("grid", PhaseCurrents.uniform(amps(100)), Optional.of(Power.ofWatts(30_000)), Optional.empty()),
                List.of(new Breaker("feeder", "grid", PhaseCurrents.uniform(amps(40))),
                        new Breaker("board", "feeder", PhaseCurrents.uniform(amps(25)))),
                List.of(threePhase("a", "board"), threePhase("b", "board"), threePhase("c", "feeder"), threePhase("d", "grid")));
        SiteState state = new SiteState(NOW, List.of(ev("a").build(), ev("b").build(), ev("c").build(), ev("d").build()),
                Map.of("feeder", PhaseCurrents.uniform(amps(5))), Power.ofWatts(3_000), Optional.empty());

        Allocation allocation = new SiteLoadAllocator(site, SitePolicies.NONE, FAIR).allocate(state);

        double a = limit(allocation, "a");
        double b = limit(allocation, "b");
        double c = limit(allocation, "c");
        double d = limit(allocation, "d");
        assertThat(a + b).isLessThanOrEqualTo(25);
        assertThat(a + b + c).isLessThanOrEqualTo(40 - 5);
        assertThat((a + b + c + d) * 3 * 230).isLessThanOrEqualTo(30_000 - 3_000);
        assertThat(allocation.limitOf("d").orElseThrow().reason()).isEqualTo(LimitReason.LIMITED_BY_POWER);
        assertThat(a + b + c + d).isGreaterThan(38); // the power limit, not a phase, is what binds overall
    }

    @Test
    void onTheCaltechDeltaOneLinePairAloneIsLimitedByTheTransformerPrimary() {
        // 30 kW: secondary lines 83.3 A, primary 36.1 A; AB alone puts (2/4)*I_AB on primary line b
        SiteTopology site = caltech(30, "ab1", "ab2", "ab3", "ab4");

        Allocation allocation = allocate(site, FAIR, ev("ab1").build(), ev("ab2").build(), ev("ab3").build(), ev("ab4").build());

        double total = allocation.limits().stream().mapToDouble(limit -> limit.current().amps()).sum();
        assertThat(total).isBetween(71.5, 72.2);
        assertThat(allocation.limits()).allSatisfy(limit ->
                assertThat(limit.reason()).isEqualTo(LimitReason.LIMITED_BY_TRANSFORMER));
        assertThat(allocation.limits().getFirst().constraint()).contains("grid/primary-b");
    }

    @Test
    void anEvDrawingLessThanItsLimitCannotPushAPhasorSumOverItsLimit() {
        // primary line a carries (I_AB - 2 I_CA + I_BC)/4: AB (+30 deg) and BC (-90 deg) partly cancel there, so
        // if the BC EV stopped drawing, the AB EV alone could exceed 7 A on the primary unless the allocator plans
        // for the worst case
        GridConnection grid = new GridConnection("grid", PhaseCurrents.UNLIMITED, Optional.empty(), Optional.of(
                new Transformer(4, new PhaseCurrents(amps(7), PhaseCurrents.UNLIMITED.l2(), PhaseCurrents.UNLIMITED.l3()))));
        SiteTopology site = new SiteTopology("delta", Voltage.ofVolts(120), Voltage.ofVolts(208), grid, List.of(), List.of(
                EvseSpec.of("ab", "grid", new EvseWiring.LineToLine(Phase.L1, Phase.L2), amps(32)),
                EvseSpec.of("bc", "grid", new EvseWiring.LineToLine(Phase.L2, Phase.L3), amps(16))));

        Allocation allocation = allocate(site, FAIR, ev("ab").build(), ev("bc").build());

        assertThat(limit(allocation, "ab")).isLessThanOrEqualTo(28.0).isGreaterThan(27.5);
        assertThat(limit(allocation, "bc")).isEqualTo(16.0);
    }

    @Test
    void demandChargeProtectionKeepsTheWindowAverageUnderTheCap() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(100)), threePhase("a", "grid"), threePhase("b", "grid"));
        SitePolicies policies = new SitePolicies(Optional.of(new DemandChargeProtection(Power.ofWatts(11_000),
                Duration.ofMinutes(15), false)), Optional.empty());
        // 10 minutes into the window the site already used 1.25 kWh: 1.5 kWh left for 5 minutes = 18 kW allowed,
        // but never above the 11 kW cap
        SiteState fresh = new SiteState(NOW, List.of(ev("a").build(), ev("b").build()), Map.of(), Power.ZERO,
                Optional.of(new DemandWindow(NOW.minus(Duration.ofMinutes(10)), Energy.ofWattHours(1_250), Power.ZERO)));
        SiteState heavy = new SiteState(NOW, fresh.evs(), Map.of(), Power.ZERO,
                Optional.of(new DemandWindow(NOW.minus(Duration.ofMinutes(10)), Energy.ofWattHours(2_650), Power.ZERO)));

        Allocation ok = new SiteLoadAllocator(site, policies, FAIR).allocate(fresh);
        Allocation constrained = new SiteLoadAllocator(site, policies, FAIR).allocate(heavy);

        assertThat(ok.allocatedPower().watts()).isBetween(10_800L, 11_000L);
        assertThat(ok.limits()).allSatisfy(limit -> assertThat(limit.reason()).isEqualTo(LimitReason.LIMITED_BY_DEMAND_CAP));
        // 2.75 kWh - 2.65 kWh over 5 minutes = 1.2 kW
        assertThat(constrained.allocatedPower().watts()).isLessThanOrEqualTo(1_200L);
    }

    @Test
    void holdingTheMonthPeakRaisesTheTargetOnlyAsFarAsDeparturesNeed() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(100)), threePhase("a", "grid"));
        SitePolicies policies = new SitePolicies(Optional.of(new DemandChargeProtection(Power.ofWatts(50_000),
                Duration.ofMinutes(15), true)), Optional.empty());
        // 11 kWh in 2 hours needs 5.5 kW; the month's peak so far is 3 kW
        SiteState state = new SiteState(NOW, List.of(ev("a").needs(kwh(11)).departsAt(NOW.plus(Duration.ofHours(2))).build()),
                Map.of(), Power.ZERO, Optional.of(new DemandWindow(NOW, Energy.ZERO, Power.ofWatts(3_000))));

        Allocation allocation = new SiteLoadAllocator(site, policies, AllocatorSettings.DEFAULT).allocate(state);

        assertThat(allocation.allocatedPower().watts()).isBetween(5_400L, 5_500L);
    }

    @Test
    void timeOfUseDefersAFlexibleEvToTheCheapNightButNotAnUrgentOne() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(100)), threePhase("flexible", "grid"), threePhase("urgent", "grid"));
        PriceSchedule nightIsCheap = new PriceSchedule() {
            @Override
            public BigDecimal pricePerKwhAt(Instant at) {
                return at.isBefore(NOW.plus(Duration.ofHours(4))) ? new BigDecimal("0.30") : new BigDecimal("0.10");
            }

            @Override
            public Instant nextChangeAfter(Instant at) {
                return at.isBefore(NOW.plus(Duration.ofHours(4))) ? NOW.plus(Duration.ofHours(4)) : at.plus(Duration.ofDays(1));
            }
        };
        SitePolicies policies = new SitePolicies(Optional.empty(), Optional.of(new TimeOfUseShifting(nightIsCheap, 0.8)));

        Allocation allocation = new SiteLoadAllocator(site, policies, AllocatorSettings.DEFAULT).allocate(SiteState.of(NOW, List.of(
                ev("flexible").needs(kwh(20)).departsAt(NOW.plus(Duration.ofHours(12))).build(),
                ev("urgent").needs(kwh(20)).departsAt(NOW.plus(Duration.ofHours(3))).build())));

        assertThat(allocation.limitOf("flexible").orElseThrow())
                .satisfies(limit -> assertThat(limit.current()).isEqualTo(Current.ZERO))
                .satisfies(limit -> assertThat(limit.reason()).isEqualTo(LimitReason.DEFERRED_TO_CHEAPER_PERIOD));
        assertThat(limit(allocation, "urgent")).isEqualTo(32.0);
    }

    @Test
    void byNeedTheLeastLaxityEvGetsMoreThanTheFlexibleOne() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(32)),
                lineToNeutral("tight", Phase.L1, 32), lineToNeutral("relaxed", Phase.L1, 32));

        Allocation allocation = allocate(site, AllocatorSettings.DEFAULT,
                ev("tight").needs(kwh(10)).departsAt(NOW.plus(Duration.ofMinutes(90))).build(),
                ev("relaxed").needs(kwh(10)).departsAt(NOW.plus(Duration.ofHours(10))).build());

        assertThat(limit(allocation, "tight")).isGreaterThan(limit(allocation, "relaxed"));
        assertThat(limit(allocation, "tight") + limit(allocation, "relaxed")).isBetween(31.9, 32.0);
    }

    @Test
    void anUnknownOrRepeatedEvseIsRejectedWithAClearMessage() {
        SiteTopology site = europe(PhaseCurrents.uniform(amps(32)), lineToNeutral("e1", Phase.L1, 32));
        SiteLoadAllocator allocator = new SiteLoadAllocator(site, SitePolicies.NONE, FAIR);

        assertThatThrownBy(() -> allocator.allocate(SiteState.of(NOW, List.of(ev("nope").build()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EVSE nope is not part of the site");
        assertThatThrownBy(() -> allocator.allocate(SiteState.of(NOW, List.of(ev("e1").build(), ev("e1").build()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    }

    @Test
    void aTopologyWithACycleOrUnknownParentIsRejected() {
        GridConnection grid = GridConnection.of("grid", PhaseCurrents.UNLIMITED);
        assertThatThrownBy(() -> new SiteTopology("s", Voltage.ofVolts(230), Voltage.ofVolts(400), grid,
                List.of(new Breaker("a", "b", PhaseCurrents.UNLIMITED), new Breaker("b", "a", PhaseCurrents.UNLIMITED)), List.of()))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> new SiteTopology("s", Voltage.ofVolts(230), Voltage.ofVolts(400), grid, List.of(),
                List.of(lineToNeutral("e1", Phase.L1, 32).withParent("nowhere"))))
                .hasMessageContaining("unknown parent nowhere");
    }

    static Current amps(long value) {
        return Current.ofAmps(value);
    }

    static Energy kwh(long value) {
        return Energy.ofWattHours(value * 1000);
    }

    static ConnectedEv.Builder ev(String evse) {
        return ConnectedEv.on(evse, NOW.minus(Duration.ofMinutes(30)));
    }

    static double limit(Allocation allocation, String evse) {
        return allocation.limitOf(evse).orElseThrow().current().amps();
    }

    static Allocation allocate(SiteTopology site, AllocatorSettings settings, ConnectedEv... evs) {
        return new SiteLoadAllocator(site, SitePolicies.NONE, settings).allocate(SiteState.of(NOW, List.of(evs)));
    }

    static SiteTopology europe(PhaseCurrents gridLimits, EvseSpec... evses) {
        return new SiteTopology("site", Voltage.ofVolts(230), Voltage.ofVolts(400), GridConnection.of("grid", gridLimits),
                List.of(), List.of(evses));
    }

    static EvseSpec lineToNeutral(String id, Phase line, long maxAmps) {
        return EvseSpec.of(id, "grid", new EvseWiring.LineToNeutral(line), amps(maxAmps));
    }

    static EvseSpec threePhase(String id, String parent) {
        return EvseSpec.of(id, parent, new EvseWiring.ThreePhase(PhaseRotation.RST), amps(32));
    }

    static SiteTopology caltech(int capKw, String... abEvses) {
        GridConnection grid = new GridConnection("grid", PhaseCurrents.uniform(Current.ofMilliamps(capKw * 1_000_000L / 360)),
                Optional.empty(), Optional.of(new Transformer(4, PhaseCurrents.uniform(Current.ofMilliamps(capKw * 1_000_000L / 831)))));
        return new SiteTopology("caltech", Voltage.ofVolts(120), Voltage.ofVolts(208), grid, List.of(),
                java.util.Arrays.stream(abEvses)
                        .map(id -> EvseSpec.of(id, "grid", new EvseWiring.LineToLine(Phase.L1, Phase.L2), amps(32))).toList());
    }
}
