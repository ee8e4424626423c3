package io.busbar.dashboard.sites;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load on every node of a site's topology, per grid line, from what the API gives: the topology document (the
 * tree, its limits, each EVSE's wiring) and the allocation (each EVSE's measured current, allocated limit and EV
 * phases, and the non-EV load the allocator used). The API has no per-node load read, so it is summed here.
 *
 * <p>An EVSE's load is its measured current, or its allocated limit while no measurement is known (as the allocator
 * assumes). Currents are added as magnitudes on each grid line an EVSE draws on: exact for line-to-neutral and three-phase
 * EVSEs at unity power factor, and an upper bound for line-to-line EVSEs (the allocator adds those as phasors).
 * The non-EV load counts on the grid connection only (the API does not say where in the tree it hangs).
 */
final class SiteLoadTree {
    static final List<String> LINES = List.of("L1", "L2", "L3");

    private SiteLoadTree() {
    }

    /** Nodes in tree order (each parent before its children); empty without a document. */
    static List<NodeLoad> of(JsonNode document, JsonNode allocation) {
        JsonNode grid = document.path("grid");
        if (grid.isMissingNode()) {
            return List.of();
        }
        String gridId = grid.path("id").asString("grid");
        Map<String, JsonNode> limits = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        limits.put(gridId, grid.path("limits"));
        for (JsonNode breaker : document.path("breakers")) {
            limits.put(breaker.path("id").asString(), breaker.path("limits"));
            parents.put(breaker.path("id").asString(), breaker.path("parent").asString(gridId));
        }
        Map<String, BigDecimal[]> drawn = new HashMap<>();
        Map<String, BigDecimal[]> allocated = new HashMap<>();
        Map<String, Integer> evses = new HashMap<>();
        limits.keySet().forEach(id -> {
            drawn.put(id, zeros());
            allocated.put(id, zeros());
        });
        JsonNode nonEv = allocation.path("nonEvLoad");
        for (int line = 0; line < 3; line++) {
            BigDecimal amps = decimal(nonEv.path("l" + (line + 1)));
            drawn.get(gridId)[line] = drawn.get(gridId)[line].add(amps);
            allocated.get(gridId)[line] = allocated.get(gridId)[line].add(amps);
        }
        Map<String, JsonNode> allocations = new HashMap<>();
        allocation.path("evses").forEach(evse -> allocations.put(key(evse.path("charger").asString(),
                evse.path("evseId").asInt()), evse));
        for (JsonNode evse : document.path("evses")) {
            JsonNode state = allocations.get(key(evse.path("charger").asString(), evse.path("evseId").asInt(1)));
            String node = evse.path("parent").asString(gridId);
            if (!limits.containsKey(node)) {
                node = gridId;
            }
            BigDecimal limit = state == null ? BigDecimal.ZERO : decimal(state.path("limitA"));
            // Until the charger reports its current, count what the allocator itself assumes it draws: its limit.
            BigDecimal measured = state != null && state.path("measuredA").isNumber()
                    ? state.path("measuredA").decimalValue() : limit;
            Integer evPhases = state != null && state.path("phases").isNumber() ? state.path("phases").asInt() : null;
            List<Integer> lines = gridLines(evse.path("wiring"), evPhases);
            for (String at = node; at != null; at = parents.get(at)) {
                for (int line : lines) {
                    drawn.get(at)[line] = drawn.get(at)[line].add(measured);
                    allocated.get(at)[line] = allocated.get(at)[line].add(limit);
                }
                evses.merge(at, 1, Integer::sum);
            }
        }
        List<NodeLoad> nodes = new ArrayList<>();
        addInTreeOrder(gridId, null, 0, limits, parents, drawn, allocated, evses, nodes);
        return nodes;
    }

    private static void addInTreeOrder(String id, String parent, int depth, Map<String, JsonNode> limits,
                                       Map<String, String> parents, Map<String, BigDecimal[]> drawn,
                                       Map<String, BigDecimal[]> allocated, Map<String, Integer> evses,
                                       List<NodeLoad> into) {
        if (depth > limits.size()) {
            return; // a cycle: the API validates the tree, this only keeps a bad document from looping here
        }
        List<PhaseBar> bars = new ArrayList<>();
        for (int line = 0; line < 3; line++) {
            JsonNode limit = limits.get(id).path("l" + (line + 1));
            bars.add(new PhaseBar(LINES.get(line), drawn.get(id)[line], allocated.get(id)[line],
                    limit.isNumber() ? limit.decimalValue() : null));
        }
        into.add(new NodeLoad(id, parent == null ? "Grid connection" : "Feeder / breaker", parent, depth, bars,
                evses.getOrDefault(id, 0)));
        parents.forEach((child, itsParent) -> {
            if (itsParent.equals(id)) {
                addInTreeOrder(child, id, depth + 1, limits, parents, drawn, allocated, evses, into);
            }
        });
    }

    /**
     * The grid lines (0 = L1) one ampere of the EVSE's charging current flows on. A single-phase EV on a three-phase
     * EVSE draws on the EVSE's L1 only, which the rotation puts on a grid line (R, S, T = grid L1, L2, L3).
     */
    static List<Integer> gridLines(JsonNode wiring, Integer evPhases) {
        String type = wiring.path("type").asString("THREE_PHASE");
        return switch (type) {
            case "LINE_TO_NEUTRAL" -> List.of(line(wiring.path("line").asString("L1")));
            case "LINE_TO_LINE" -> List.of(line(wiring.path("from").asString("L1")), line(wiring.path("to").asString("L2")));
            default -> {
                String rotation = wiring.path("rotation").asString("RST");
                List<Integer> lines = rotation.chars().mapToObj(letter -> "RST".indexOf(letter)).toList();
                if (lines.size() != 3 || lines.contains(-1)) {
                    lines = List.of(0, 1, 2);
                }
                yield evPhases != null && evPhases == 1 ? List.of(lines.getFirst()) : List.of(0, 1, 2);
            }
        };
    }

    private static int line(String name) {
        int index = LINES.indexOf(name);
        return index < 0 ? 0 : index;
    }

    private static String key(String charger, int evseId) {
        return charger + "#" + evseId;
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
