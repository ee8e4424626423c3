package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Status of a connector or of the whole charge point. */
public enum ChargePointStatus {
    @JsonProperty("Available") AVAILABLE,
    @JsonProperty("Preparing") PREPARING,
    @JsonProperty("Charging") CHARGING,
    @JsonProperty("SuspendedEVSE") SUSPENDED_EVSE,
    @JsonProperty("SuspendedEV") SUSPENDED_EV,
    @JsonProperty("Finishing") FINISHING,
    @JsonProperty("Reserved") RESERVED,
    @JsonProperty("Unavailable") UNAVAILABLE,
    @JsonProperty("Faulted") FAULTED
}
