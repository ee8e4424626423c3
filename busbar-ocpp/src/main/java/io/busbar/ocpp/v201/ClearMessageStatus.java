package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ClearMessageStatusEnumType}. Returns whether the Charging Station has been able to remove
 * the message.
 */
public enum ClearMessageStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Unknown")
    UNKNOWN
}
