package io.busbar.predictive.method;

import java.util.Set;

/** Which session stop reasons say the EVSE ended the session (not the driver, the EV or the operator). */
public final class StopReasons {
    // 1.6 StopTransaction.req reason and 2.0.1 ReasonEnumType literals that come from the EVSE's own trouble
    private static final Set<String> ABNORMAL = Set.of("EmergencyStop", "PowerLoss", "Reboot", "HardReset",
            "SoftReset", "ImmediateReset", "GroundFault", "OvercurrentFault", "PowerQuality");

    private StopReasons() {
    }

    /** True for an EVSE-side reason, or for a session that ended in a fault state ({@code faulted}). */
    public static boolean abnormal(String stopReason, boolean faulted) {
        return faulted || (stopReason != null && ABNORMAL.contains(stopReason));
    }
}
