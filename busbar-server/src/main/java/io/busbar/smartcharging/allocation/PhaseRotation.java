package io.busbar.smartcharging.allocation;

/**
 * Which grid lines a three-phase EVSE's L1, L2, L3 are connected to, named as OCPP 2.0.1 PhaseRotationEnumType
 * (R, S, T = grid L1, L2, L3): {@code RST} is the standard wiring, {@code STR} puts the EVSE's L1 on grid L2, and so
 * on. A single-phase EV on a three-phase EVSE draws only on the EVSE's L1, i.e. on {@link #gridLineOf}(L1).
 */
public enum PhaseRotation {
    RST(Phase.L1, Phase.L2, Phase.L3),
    RTS(Phase.L1, Phase.L3, Phase.L2),
    SRT(Phase.L2, Phase.L1, Phase.L3),
    STR(Phase.L2, Phase.L3, Phase.L1),
    TRS(Phase.L3, Phase.L1, Phase.L2),
    TSR(Phase.L3, Phase.L2, Phase.L1);

    private final Phase[] lines;

    PhaseRotation(Phase evseL1, Phase evseL2, Phase evseL3) {
        this.lines = new Phase[] {evseL1, evseL2, evseL3};
    }

    /** The grid line the EVSE's conductor {@code evsePhase} is connected to. */
    public Phase gridLineOf(Phase evsePhase) {
        return lines[evsePhase.ordinal()];
    }
}
