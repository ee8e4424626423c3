package io.busbar.smartcharging.allocation;

import java.util.Objects;

/**
 * How an EVSE is connected to the site's three-phase supply. Together with the EV's phases this decides which
 * line currents (as phasors, unity power factor) one ampere of charging current adds.
 */
public sealed interface EvseWiring {

    /** Single-phase between a line and neutral (230 V in Europe). */
    record LineToNeutral(Phase line) implements EvseWiring {
        public LineToNeutral {
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * Single-phase between two lines (208 V in North American 120/208 V wye secondaries, e.g. Caltech's ACN). The
     * current leaves on {@code from} and returns on {@code to}; its phasor angle is that of the voltage from-to.
     */
    record LineToLine(Phase from, Phase to) implements EvseWiring {
        public LineToLine {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from == to) {
                throw new IllegalArgumentException("a line-to-line EVSE needs two different lines, got " + from);
            }
        }
    }

    /** Three-phase, line-to-neutral per conductor (400 V Europe), with the rotation it was wired with. */
    record ThreePhase(PhaseRotation rotation) implements EvseWiring {
        public ThreePhase {
            Objects.requireNonNull(rotation, "rotation");
        }
    }
}
