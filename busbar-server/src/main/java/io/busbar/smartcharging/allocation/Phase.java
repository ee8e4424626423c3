package io.busbar.smartcharging.allocation;

/** A line of the grid connection (R/S/T, A/B/C). Each carries its voltage phasor angle in a positive sequence. */
public enum Phase {
    L1(0), L2(-120), L3(120);

    private final double angleRadians;

    Phase(int angleDegrees) {
        this.angleRadians = Math.toRadians(angleDegrees);
    }

    double angleRadians() {
        return angleRadians;
    }
}
