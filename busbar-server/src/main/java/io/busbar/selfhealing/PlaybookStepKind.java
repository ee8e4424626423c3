package io.busbar.selfhealing;

/** What one playbook step does. */
public enum PlaybookStepKind {
    /** Reset Soft (1.6) / OnIdle (2.0.1; the EVSE alone when the fault is on one EVSE, B12). */
    SOFT_RESET,
    /** Reset Hard (1.6) / Immediate (2.0.1; the EVSE alone when the fault is on one EVSE). */
    HARD_RESET,
    /** Waits up to {@code seconds} for recovery (the fault closed, or the EVSE back to Available without error). */
    WAIT_RECOVERY,
    /** UnlockConnector on the faulted EVSE's connector 1. */
    UNLOCK_CONNECTOR,
    /** ChangeAvailability Inoperative on the faulted EVSE (or the whole charger): drivers stop being sent there. */
    MARK_UNAVAILABLE,
    /** Ends the run and hands over to a human ({@link HumanNeeded}). */
    CALL_HUMAN;

    /** Steps that send a command to the charger. */
    public boolean isAction() {
        return this == SOFT_RESET || this == HARD_RESET || this == UNLOCK_CONNECTOR || this == MARK_UNAVAILABLE;
    }
}
