package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code DisplayMessageStatusEnumType}. This indicates whether the Charging Station is able to
 * display the message.
 */
public enum DisplayMessageStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("NotSupportedMessageFormat")
    NOT_SUPPORTED_MESSAGE_FORMAT,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("NotSupportedPriority")
    NOT_SUPPORTED_PRIORITY,
    @JsonProperty("NotSupportedState")
    NOT_SUPPORTED_STATE,
    @JsonProperty("UnknownTransaction")
    UNKNOWN_TRANSACTION
}
