package io.busbar.simulator.chargepoint;

/** Current per phase of an EVSE, in amperes (L1, L2, L3 of the EVSE's own wiring). */
public record PhaseCurrents(double l1, double l2, double l3) {
    public static final PhaseCurrents NONE = new PhaseCurrents(0, 0, 0);

    /** {@code amps} on each of the first {@code phases} phases. */
    static PhaseCurrents of(double amps, int phases) {
        return new PhaseCurrents(amps, phases >= 2 ? amps : 0, phases >= 3 ? amps : 0);
    }

    public double max() {
        return Math.max(l1, Math.max(l2, l3));
    }
}
