package io.busbar.dashboard.sites;

import java.util.List;

/**
 * A node of the site's electrical tree (the grid connection or a feeder/breaker) with its load per grid line.
 *
 * @param depth 0 for the grid connection, 1 for a breaker under it, …
 * @param evses how many EVSEs hang at or below this node
 */
public record NodeLoad(String id, String kind, String parent, int depth, List<PhaseBar> phases, int evses) {
    public NodeLoad {
        phases = List.copyOf(phases);
    }

    /** The worst bar class of the node's lines, for a summary badge. */
    public String level() {
        if (phases.stream().anyMatch(bar -> bar.level().equals("over"))) {
            return "over";
        }
        return phases.stream().anyMatch(bar -> bar.level().equals("warn")) ? "warn" : "";
    }
}
