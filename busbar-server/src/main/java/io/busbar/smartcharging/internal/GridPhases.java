package io.busbar.smartcharging.internal;

import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.Phase;

/**
 * Which grid lines an EVSE's currents flow on, by its wiring. Line-to-line currents are added to both lines by
 * magnitude (an upper bound of the phasor sum), which is what an operator's per-line view needs.
 */
final class GridPhases {
    private GridPhases() {
    }

    /** Adds the EVSE's per-conductor currents (its own L1, L2, L3) to {@code grid} (L1, L2, L3 of the site). */
    static void add(EvseWiring wiring, double[] evseCurrents, double[] grid) {
        switch (wiring) {
            case EvseWiring.LineToNeutral(Phase line) ->
                    grid[line.ordinal()] += evseCurrents[0] + evseCurrents[1] + evseCurrents[2];
            case EvseWiring.LineToLine(Phase from, Phase to) -> {
                double amps = Math.max(evseCurrents[0], Math.max(evseCurrents[1], evseCurrents[2]));
                grid[from.ordinal()] += amps;
                grid[to.ordinal()] += amps;
            }
            case EvseWiring.ThreePhase(var rotation) -> {
                for (Phase phase : Phase.values()) {
                    grid[rotation.gridLineOf(phase).ordinal()] += evseCurrents[phase.ordinal()];
                }
            }
        }
    }

    /** {@code amps} on the first {@code phases} conductors of the EVSE. */
    static double[] onPhases(double amps, int phases) {
        return new double[] {amps, phases >= 2 ? amps : 0, phases >= 3 ? amps : 0};
    }
}
