package io.busbar.dashboard.admin;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A site's topology document ({@code GET /api/v1/sites/{id}/topology}) as a tree for reading: the grid connection,
 * the breakers (feeders) under it by {@code parent}, and the EVSEs under those, each with its per-phase limits.
 * Nodes whose parent is not in the document are listed apart (the API refuses such a document; an old one may
 * still be shown).
 */
final class TopologyTree {
    /** One node: what it is, its name, its limits in words, and what hangs under it. */
    record Node(String kind, String name, String limits, List<Node> children) {
    }

    private TopologyTree() {
    }

    /** The root (the grid connection) followed by any unattached nodes. */
    static List<Node> of(JsonNode document) {
        JsonNode grid = document.path("grid");
        String gridId = grid.path("id").asString("grid");
        Set<JsonNode> placed = new LinkedHashSet<>();
        List<Node> roots = new ArrayList<>();
        String gridLimits = phases(grid.path("limits"))
                + (grid.hasNonNull("maxPowerKw") ? " · max " + grid.path("maxPowerKw").asString() + " kW" : "");
        roots.add(new Node("grid connection", gridId, gridLimits, children(document, gridId, placed, 0)));
        List<Node> unattached = new ArrayList<>();
        document.path("breakers").forEach(breaker -> {
            if (!placed.contains(breaker)) {
                unattached.add(breaker(document, breaker, placed, 0));
            }
        });
        document.path("evses").forEach(evse -> {
            if (!placed.contains(evse)) {
                unattached.add(evse(evse));
            }
        });
        if (!unattached.isEmpty()) {
            roots.add(new Node("not attached", "parent missing", "", unattached));
        }
        return roots;
    }

    private static List<Node> children(JsonNode document, String parent, Set<JsonNode> placed, int depth) {
        List<Node> children = new ArrayList<>();
        if (depth > 20) {
            return children; // a cycle in a hand-written document: the API refuses it; stop drawing here
        }
        document.path("breakers").forEach(breaker -> {
            if (parent.equals(breaker.path("parent").asString(null)) && placed.add(breaker)) {
                children.add(breaker(document, breaker, placed, depth + 1));
            }
        });
        document.path("evses").forEach(evse -> {
            if (parent.equals(evse.path("parent").asString(null)) && placed.add(evse)) {
                children.add(evse(evse));
            }
        });
        return children;
    }

    private static Node breaker(JsonNode document, JsonNode breaker, Set<JsonNode> placed, int depth) {
        String id = breaker.path("id").asString("?");
        return new Node("feeder", id, phases(breaker.path("limits")), children(document, id, placed, depth));
    }

    private static Node evse(JsonNode evse) {
        String name = evse.path("charger").asString("?") + " #" + evse.path("evseId").asString("?");
        JsonNode wiring = evse.path("wiring");
        StringBuilder limits = new StringBuilder();
        String type = wiring.path("type").asString("");
        if (!type.isEmpty()) {
            limits.append(switch (type) {
                case "THREE_PHASE" -> "3-phase";
                case "LINE_TO_NEUTRAL" -> "1-phase on " + wiring.path("line").asString("?");
                case "LINE_TO_LINE" -> "across " + wiring.path("from").asString("?") + "–" + wiring.path("to").asString("?");
                default -> type;
            });
        }
        if (evse.hasNonNull("minCurrentA") || evse.hasNonNull("maxCurrentA")) {
            limits.append(limits.isEmpty() ? "" : " · ").append(evse.path("minCurrentA").asString("0")).append("–")
                    .append(evse.path("maxCurrentA").asString("?")).append(" A per phase");
        }
        if (evse.hasNonNull("priority")) {
            limits.append(" · priority ").append(evse.path("priority").asString());
        }
        return new Node("EVSE", name, limits.toString(), List.of());
    }

    private static String phases(JsonNode limits) {
        if (limits.isMissingNode() || limits.isNull()) {
            return "";
        }
        return "L1 " + limits.path("l1").asString("–") + " A · L2 " + limits.path("l2").asString("–") + " A · L3 "
                + limits.path("l3").asString("–") + " A";
    }
}
