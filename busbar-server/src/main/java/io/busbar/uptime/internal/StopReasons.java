package io.busbar.uptime.internal;

import java.util.Set;

/**
 * Which stop reasons mean the charge failed. The vocabulary is the union of OCPP 1.6 StopTransaction.reason and
 * OCPP 2.0.1 ReasonEnumType; a session without a reason ended normally (1.6: an absent reason means "Local").
 * Reasons the driver or the EV chose (Local, Remote, EVDisconnected, SOC/energy/time limit, StoppedByEV,
 * DeAuthorized...) are normal; resets, power loss, emergency stops and electrical faults are failures.
 */
final class StopReasons {
    private static final Set<String> FAILURES = Set.of("EmergencyStop", "HardReset", "SoftReset", "ImmediateReset",
            "PowerLoss", "Reboot", "GroundFault", "OvercurrentFault", "PowerQuality", "UnlockCommand", "Timeout", "Other");

    private StopReasons() {
    }

    static boolean normal(String stopReason) {
        return stopReason == null || !FAILURES.contains(stopReason);
    }
}
