package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.InvalidTopologyException;
import io.busbar.smartcharging.InvalidTopologyException.Problem;
import io.busbar.smartcharging.TopologyDocument;
import io.busbar.smartcharging.TopologyDocument.BreakerNode;
import io.busbar.smartcharging.TopologyDocument.EvseNode;
import io.busbar.smartcharging.TopologyDocument.PhaseAmps;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.Breaker;
import io.busbar.smartcharging.allocation.DemandChargeProtection;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.GridConnection;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.PhaseRotation;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.TimeOfUseShifting;
import io.busbar.smartcharging.allocation.Transformer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a topology document and turns it into the allocator's model. Collects every problem before it fails, so an
 * operator fixes a document in one round trip.
 */
final class TopologyCompiler {
    static final BigDecimal DEFAULT_LN_VOLTS = BigDecimal.valueOf(230);
    static final BigDecimal DEFAULT_LL_VOLTS = BigDecimal.valueOf(400);
    static final int DEFAULT_DWELL_MINUTES = 480;
    static final int DEFAULT_NON_EV_MAX_AGE_SECONDS = 120;
    /** The allocation is recomputed at least every minute; an EV is not promised more than it absorbs meanwhile. */
    static final Duration PERIOD = Duration.ofMinutes(5);

    private final List<Problem> problems = new ArrayList<>();

    private TopologyCompiler() {
    }

    /** @throws InvalidTopologyException listing every problem */
    static CompiledSite compile(SiteId site, int revision, TopologyDocument doc, ZoneId zone) {
        return new TopologyCompiler().run(site, revision, doc, zone);
    }

    private CompiledSite run(SiteId site, int revision, TopologyDocument doc, ZoneId zone) {
        if (doc == null || doc.grid() == null) {
            throw InvalidTopologyException.of("grid", "a topology needs a grid connection");
        }
        Voltage ln = Voltage.ofVolts(positive(doc.lineToNeutralV(), DEFAULT_LN_VOLTS, "lineToNeutralV").longValue());
        Voltage ll = Voltage.ofVolts(positive(doc.lineToLineV(), DEFAULT_LL_VOLTS, "lineToLineV").longValue());
        String gridId = required(doc.grid().id(), "grid.id");
        PhaseCurrents gridLimits = limits(doc.grid().limits(), "grid.limits", true);
        Optional<Power> maxPower = Optional.ofNullable(doc.grid().maxPowerKw())
                .map(kw -> Power.ofWatts(positive(kw, null, "grid.maxPowerKw").movePointRight(3).longValue()));
        Optional<Transformer> transformer = Optional.ofNullable(doc.grid().transformer()).map(t ->
                new Transformer(positive(t.ratio(), null, "grid.transformer.ratio").doubleValue(),
                        limits(t.primaryLimits(), "grid.transformer.primaryLimits", false)));
        List<Breaker> breakers = new ArrayList<>();
        Set<String> nodeIds = new HashSet<>(Set.of(gridId));
        List<BreakerNode> breakerNodes = doc.breakers() == null ? List.of() : doc.breakers();
        for (int i = 0; i < breakerNodes.size(); i++) {
            BreakerNode node = breakerNodes.get(i);
            String field = "breakers[" + i + "]";
            String id = required(node.id(), field + ".id");
            if (id != null && !nodeIds.add(id)) {
                problem(field + ".id", "node id " + id + " is used twice");
            }
            breakers.add(new Breaker(id == null ? field : id, node.parent() == null ? gridId : node.parent(),
                    limits(node.limits(), field + ".limits", false)));
        }
        for (int i = 0; i < breakers.size(); i++) {
            if (!nodeIds.contains(breakers.get(i).parentId())) {
                problem("breakers[" + i + "].parent", "unknown node " + breakers.get(i).parentId());
            }
        }
        Map<EvseRef, EvseSpec> evses = new LinkedHashMap<>();
        Map<EvseRef, Integer> priorities = new HashMap<>();
        List<EvseNode> evseNodes = doc.evses() == null ? List.of() : doc.evses();
        for (int i = 0; i < evseNodes.size(); i++) {
            evse(evseNodes.get(i), "evses[" + i + "]", gridId, nodeIds, evses, priorities);
        }
        SitePolicies policies = policies(doc.policies(), zone);
        AllocatorSettings settings = settings(doc.policies());
        Duration maxAge = Duration.ofSeconds(doc.nonEvLoad() == null || doc.nonEvLoad().maxAgeSeconds() == null
                ? DEFAULT_NON_EV_MAX_AGE_SECONDS : positiveInt(doc.nonEvLoad().maxAgeSeconds(), "nonEvLoad.maxAgeSeconds"));
        PhaseCurrents worstCase = doc.nonEvLoad() == null || doc.nonEvLoad().worstCase() == null ? PhaseCurrents.NONE
                : loads(doc.nonEvLoad().worstCase(), "nonEvLoad.worstCase");
        if (!problems.isEmpty()) {
            throw new InvalidTopologyException(problems);
        }
        try {
            SiteTopology topology = new SiteTopology(site.toString(), ln, ll,
                    new GridConnection(gridId, gridLimits, maxPower, transformer), breakers, List.copyOf(evses.values()));
            return new CompiledSite(site, revision, doc, topology, policies, settings, evses, priorities, maxAge,
                    worstCase);
        } catch (IllegalArgumentException e) {
            throw InvalidTopologyException.of("breakers", e.getMessage());
        }
    }

    private void evse(EvseNode node, String field, String gridId, Set<String> nodeIds, Map<EvseRef, EvseSpec> evses,
                      Map<EvseRef, Integer> priorities) {
        String charger = required(node.charger(), field + ".charger");
        if (node.evseId() == null || node.evseId() < 1) {
            problem(field + ".evseId", "must be 1 or more");
            return;
        }
        if (charger == null) {
            return;
        }
        EvseRef ref;
        try {
            ref = new EvseRef(new ChargerIdentity(charger), node.evseId());
        } catch (IllegalArgumentException e) {
            problem(field + ".charger", e.getMessage());
            return;
        }
        String parent = node.parent() == null ? gridId : node.parent();
        if (!nodeIds.contains(parent)) {
            problem(field + ".parent", "unknown node " + parent);
        }
        BigDecimal max = positive(node.maxCurrentA(), null, field + ".maxCurrentA");
        BigDecimal min = node.minCurrentA() == null ? BigDecimal.valueOf(6) : node.minCurrentA();
        if (min.signum() < 0) {
            problem(field + ".minCurrentA", "must be 0 or more");
        }
        BigDecimal step = positive(node.stepA(), new BigDecimal("0.1"), field + ".stepA");
        EvseWiring wiring = wiring(node.wiring(), field + ".wiring");
        if (max == null || step == null || wiring == null || min.signum() < 0) {
            return;
        }
        if (min.compareTo(max) > 0) {
            problem(field + ".minCurrentA", "exceeds maxCurrentA");
            return;
        }
        if (evses.containsKey(ref)) {
            problem(field, "EVSE " + node.evseId() + " of " + charger + " appears twice");
            return;
        }
        evses.put(ref, new EvseSpec(ref.key(), parent, wiring, Current.ofAmps(max), Current.ofAmps(min),
                Current.ofAmps(step)));
        priorities.put(ref, node.priority() == null ? 0 : node.priority());
    }

    private EvseWiring wiring(TopologyDocument.Wiring wiring, String field) {
        if (wiring == null || wiring.type() == null) {
            problem(field + ".type", "LINE_TO_NEUTRAL, LINE_TO_LINE or THREE_PHASE");
            return null;
        }
        try {
            return switch (wiring.type()) {
                case LINE_TO_NEUTRAL -> new EvseWiring.LineToNeutral(phase(wiring.line(), Phase.L1));
                case LINE_TO_LINE -> new EvseWiring.LineToLine(phase(wiring.from(), null), phase(wiring.to(), null));
                case THREE_PHASE -> new EvseWiring.ThreePhase(wiring.rotation() == null ? PhaseRotation.RST
                        : PhaseRotation.valueOf(wiring.rotation()));
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(field, "lines are L1, L2, L3 (two different ones for LINE_TO_LINE), rotations RST, RTS, SRT, STR,"
                    + " TRS, TSR");
            return null;
        }
    }

    private static Phase phase(String line, Phase fallback) {
        if (line == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("line missing");
            }
            return fallback;
        }
        return Phase.valueOf(line);
    }

    private SitePolicies policies(TopologyDocument.Policies policies, ZoneId zone) {
        if (policies == null) {
            return SitePolicies.NONE;
        }
        Optional<DemandChargeProtection> demand = Optional.empty();
        if (policies.demandCharge() != null) {
            var d = policies.demandCharge();
            BigDecimal cap = positive(d.capKw(), null, "policies.demandCharge.capKw");
            int window = d.windowMinutes() == null ? 15 : positiveInt(d.windowMinutes(), "policies.demandCharge.windowMinutes");
            if (cap != null) {
                demand = Optional.of(new DemandChargeProtection(Power.ofWatts(cap.movePointRight(3).longValue()),
                        Duration.ofMinutes(window), Boolean.TRUE.equals(d.holdMonthPeak())));
            }
        }
        Optional<TimeOfUseShifting> tou = Optional.empty();
        var t = policies.timeOfUse();
        if (t != null && !Boolean.FALSE.equals(t.enabled())) {
            try {
                DailyPrices prices = DailyPrices.of(t.prices(), zone);
                double share = t.plannedRateShare() == null ? 0.8 : t.plannedRateShare().doubleValue();
                tou = Optional.of(new TimeOfUseShifting(prices, share));
            } catch (IllegalArgumentException e) {
                problem("policies.timeOfUse", e.getMessage());
            }
        }
        return new SitePolicies(demand, tou);
    }

    private AllocatorSettings settings(TopologyDocument.Policies policies) {
        int dwell = policies == null || policies.defaultDwellMinutes() == null ? DEFAULT_DWELL_MINUTES
                : positiveInt(policies.defaultDwellMinutes(), "policies.defaultDwellMinutes");
        AllocatorSettings.Sharing sharing = AllocatorSettings.Sharing.PLANNED;
        if (policies != null && policies.sharing() != null) {
            try {
                sharing = AllocatorSettings.Sharing.valueOf(policies.sharing());
            } catch (IllegalArgumentException e) {
                problem("policies.sharing", "BY_NEED, EQUAL or PLANNED");
            }
        }
        return new AllocatorSettings(PERIOD, Duration.ofMinutes(dwell), sharing);
    }

    /** Grid limits are required on every line; breakers and transformers may leave a line unlimited (null). */
    private PhaseCurrents limits(PhaseAmps amps, String field, boolean everyLine) {
        if (amps == null) {
            problem(field, "limits per phase l1, l2, l3 (A) are required");
            return PhaseCurrents.UNLIMITED;
        }
        return new PhaseCurrents(limit(amps.l1(), field + ".l1", everyLine), limit(amps.l2(), field + ".l2", everyLine),
                limit(amps.l3(), field + ".l3", everyLine));
    }

    private Current limit(BigDecimal amps, String field, boolean required) {
        if (amps == null) {
            if (required) {
                problem(field, "is required");
            }
            return PhaseCurrents.UNLIMITED.l1();
        }
        if (amps.signum() <= 0) {
            problem(field, "must be greater than 0");
            return Current.ZERO;
        }
        return Current.ofAmps(amps);
    }

    private PhaseCurrents loads(PhaseAmps amps, String field) {
        BigDecimal[] values = {amps.l1(), amps.l2(), amps.l3()};
        for (int i = 0; i < 3; i++) {
            if (values[i] != null && values[i].signum() < 0) {
                problem(field + ".l" + (i + 1), "must be 0 or more");
                values[i] = BigDecimal.ZERO;
            }
        }
        return new PhaseCurrents(Current.ofAmps(values[0] == null ? BigDecimal.ZERO : values[0]),
                Current.ofAmps(values[1] == null ? BigDecimal.ZERO : values[1]),
                Current.ofAmps(values[2] == null ? BigDecimal.ZERO : values[2]));
    }

    private BigDecimal positive(BigDecimal value, BigDecimal fallback, String field) {
        if (value == null) {
            if (fallback == null) {
                problem(field, "is required");
            }
            return fallback;
        }
        if (value.signum() <= 0) {
            problem(field, "must be greater than 0");
            return null;
        }
        return value;
    }

    private int positiveInt(int value, String field) {
        if (value <= 0) {
            problem(field, "must be greater than 0");
            return 1;
        }
        return value;
    }

    private String required(String value, String field) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        return value;
    }

    private void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }
}
