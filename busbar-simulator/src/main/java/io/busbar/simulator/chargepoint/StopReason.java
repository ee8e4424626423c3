package io.busbar.simulator.chargepoint;

/**
 * Why a session ends, with the literals each version uses: 1.6 Reason and 2.0.1 ReasonEnumType share these
 * spellings for stoppedReason; 2.0.1 also needs the TriggerReasonEnumType that caused the Ended event.
 */
public enum StopReason {
    LOCAL("Local", "StopAuthorized"),
    EV_DISCONNECTED("EVDisconnected", "EVDeparted"),
    REMOTE("Remote", "RemoteStop"),
    DEAUTHORIZED("DeAuthorized", "Deauthorized"),
    POWER_LOSS("PowerLoss", "AbnormalCondition"),
    OTHER("Other", "AbnormalCondition"),
    /** 1.6 Reset Soft / Hard (2.0.1 has ImmediateReset only). */
    SOFT_RESET("SoftReset", "ResetCommand"),
    HARD_RESET("HardReset", "ResetCommand"),
    IMMEDIATE_RESET("ImmediateReset", "ResetCommand"),
    UNLOCK_COMMAND("UnlockCommand", "UnlockCommand");

    private final String reasonLiteral;
    private final String triggerReason201;

    StopReason(String reasonLiteral, String triggerReason201) {
        this.reasonLiteral = reasonLiteral;
        this.triggerReason201 = triggerReason201;
    }

    /** 1.6 StopTransaction.reason and 2.0.1 transactionInfo.stoppedReason. */
    public String reasonLiteral() {
        return reasonLiteral;
    }

    /** 2.0.1 TransactionEvent(Ended).triggerReason. */
    public String triggerReason201() {
        return triggerReason201;
    }
}
