package io.busbar.faults.internal;

import io.busbar.faults.FaultSeverity;

/** How bad each OCPP 1.6 ChargePointErrorCode is (OCPP 1.6 section 7.6); unknown codes are WARNING. */
final class ErrorCodeSeverity {
    private ErrorCodeSeverity() {
    }

    static FaultSeverity of(String errorCode) {
        return switch (errorCode) {
            // The EVSE cannot (safely) deliver energy.
            case "ConnectorLockFailure", "GroundFailure", "InternalError", "OverCurrentFailure", "OverVoltage",
                 "PowerSwitchFailure" -> FaultSeverity.ERROR;
            // Degraded: charging may go on, or only some drivers are affected.
            case "EVCommunicationError", "HighTemperature", "OtherError", "PowerMeterFailure", "ReaderFailure",
                 "ResetFailure", "UnderVoltage" -> FaultSeverity.WARNING;
            case "LocalListConflict", "WeakSignal" -> FaultSeverity.INFO;
            default -> FaultSeverity.WARNING;
        };
    }
}
