package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code TriggerReasonEnumType}. Reason the Charging Station sends this message to the CSMS */
public enum TriggerReason {
    @JsonProperty("Authorized")
    AUTHORIZED,
    @JsonProperty("CablePluggedIn")
    CABLE_PLUGGED_IN,
    @JsonProperty("ChargingRateChanged")
    CHARGING_RATE_CHANGED,
    @JsonProperty("ChargingStateChanged")
    CHARGING_STATE_CHANGED,
    @JsonProperty("Deauthorized")
    DEAUTHORIZED,
    @JsonProperty("EnergyLimitReached")
    ENERGY_LIMIT_REACHED,
    @JsonProperty("EVCommunicationLost")
    EV_COMMUNICATION_LOST,
    @JsonProperty("EVConnectTimeout")
    EV_CONNECT_TIMEOUT,
    @JsonProperty("MeterValueClock")
    METER_VALUE_CLOCK,
    @JsonProperty("MeterValuePeriodic")
    METER_VALUE_PERIODIC,
    @JsonProperty("TimeLimitReached")
    TIME_LIMIT_REACHED,
    @JsonProperty("Trigger")
    TRIGGER,
    @JsonProperty("UnlockCommand")
    UNLOCK_COMMAND,
    @JsonProperty("StopAuthorized")
    STOP_AUTHORIZED,
    @JsonProperty("EVDeparted")
    EV_DEPARTED,
    @JsonProperty("EVDetected")
    EV_DETECTED,
    @JsonProperty("RemoteStop")
    REMOTE_STOP,
    @JsonProperty("RemoteStart")
    REMOTE_START,
    @JsonProperty("AbnormalCondition")
    ABNORMAL_CONDITION,
    @JsonProperty("SignedDataReceived")
    SIGNED_DATA_RECEIVED,
    @JsonProperty("ResetCommand")
    RESET_COMMAND
}
