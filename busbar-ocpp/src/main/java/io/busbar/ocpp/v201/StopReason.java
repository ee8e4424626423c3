package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ReasonEnumType}. This contains the reason why the transaction was stopped. MAY only be
 * omitted when Reason is "Local".
 */
public enum StopReason {
    @JsonProperty("DeAuthorized")
    DE_AUTHORIZED,
    @JsonProperty("EmergencyStop")
    EMERGENCY_STOP,
    @JsonProperty("EnergyLimitReached")
    ENERGY_LIMIT_REACHED,
    @JsonProperty("EVDisconnected")
    EV_DISCONNECTED,
    @JsonProperty("GroundFault")
    GROUND_FAULT,
    @JsonProperty("ImmediateReset")
    IMMEDIATE_RESET,
    @JsonProperty("Local")
    LOCAL,
    @JsonProperty("LocalOutOfCredit")
    LOCAL_OUT_OF_CREDIT,
    @JsonProperty("MasterPass")
    MASTER_PASS,
    @JsonProperty("Other")
    OTHER,
    @JsonProperty("OvercurrentFault")
    OVERCURRENT_FAULT,
    @JsonProperty("PowerLoss")
    POWER_LOSS,
    @JsonProperty("PowerQuality")
    POWER_QUALITY,
    @JsonProperty("Reboot")
    REBOOT,
    @JsonProperty("Remote")
    REMOTE,
    @JsonProperty("SOCLimitReached")
    SOC_LIMIT_REACHED,
    @JsonProperty("StoppedByEV")
    STOPPED_BY_EV,
    @JsonProperty("TimeLimitReached")
    TIME_LIMIT_REACHED,
    @JsonProperty("Timeout")
    TIMEOUT
}
