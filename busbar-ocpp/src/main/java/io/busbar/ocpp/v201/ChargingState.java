package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ChargingStateEnumType}. Current charging state, is required when state has changed. */
public enum ChargingState {
    @JsonProperty("Charging")
    CHARGING,
    @JsonProperty("EVConnected")
    EV_CONNECTED,
    @JsonProperty("SuspendedEV")
    SUSPENDED_EV,
    @JsonProperty("SuspendedEVSE")
    SUSPENDED_EVSE,
    @JsonProperty("Idle")
    IDLE
}
