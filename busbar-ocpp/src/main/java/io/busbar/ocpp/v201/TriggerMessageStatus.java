package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code TriggerMessageStatusEnumType}. Indicates whether the Charging Station will send the
 * requested notification or not.
 */
public enum TriggerMessageStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("NotImplemented")
    NOT_IMPLEMENTED
}
