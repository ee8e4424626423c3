package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Voltage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The electrical tree of one site: a grid connection, breakers nested below it, and EVSEs below those.
 * {@code lineToNeutral} is the voltage of line-to-neutral EVSEs (and per conductor of three-phase EVSEs);
 * {@code lineToLine} that of line-to-line EVSEs (208 V at Caltech, 400 V in Europe).
 *
 * @throws IllegalArgumentException for duplicate ids, unknown parents or cycles
 */
public record SiteTopology(String siteId, Voltage lineToNeutral, Voltage lineToLine, GridConnection grid,
                           List<Breaker> breakers, List<EvseSpec> evses) {
    public SiteTopology {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(lineToNeutral, "lineToNeutral");
        Objects.requireNonNull(lineToLine, "lineToLine");
        Objects.requireNonNull(grid, "grid");
        breakers = List.copyOf(breakers);
        evses = List.copyOf(evses);
        Map<String, String> parents = new HashMap<>();
        parents.put(grid.id(), null);
        for (Breaker breaker : breakers) {
            if (parents.put(breaker.id(), breaker.parentId()) != null || breaker.id().equals(grid.id())) {
                throw new IllegalArgumentException("duplicate node id " + breaker.id());
            }
        }
        for (Breaker breaker : breakers) {
            requireKnown(parents, breaker.parentId(), "breaker " + breaker.id());
            Set<String> seen = new HashSet<>();
            for (String node = breaker.id(); node != null; node = parents.get(node)) {
                if (!seen.add(node)) {
                    throw new IllegalArgumentException("breaker " + breaker.id() + " is part of a cycle");
                }
            }
        }
        Set<String> evseIds = new HashSet<>();
        for (EvseSpec evse : evses) {
            if (!evseIds.add(evse.id())) {
                throw new IllegalArgumentException("duplicate EVSE id " + evse.id());
            }
            requireKnown(parents, evse.parentId(), "EVSE " + evse.id());
        }
    }

    private static void requireKnown(Map<String, String> parents, String parentId, String what) {
        if (!parents.containsKey(parentId)) {
            throw new IllegalArgumentException(what + " has an unknown parent " + parentId);
        }
    }

    /** The node ids from {@code nodeId} up to the grid connection, in that order. */
    List<String> pathToGrid(String nodeId) {
        Map<String, String> parents = new HashMap<>();
        for (Breaker breaker : breakers) {
            parents.put(breaker.id(), breaker.parentId());
        }
        java.util.ArrayList<String> path = new java.util.ArrayList<>();
        for (String node = nodeId; node != null; node = parents.get(node)) {
            path.add(node);
        }
        return path;
    }
}
