package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code MessageStateEnumType}. During what state should this message be shown. When omitted this
 * message should be shown in any state of the Charging Station.
 */
public enum MessageState {
    @JsonProperty("Charging")
    CHARGING,
    @JsonProperty("Faulted")
    FAULTED,
    @JsonProperty("Idle")
    IDLE,
    @JsonProperty("Unavailable")
    UNAVAILABLE
}
