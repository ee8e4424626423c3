package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code GetVariableStatusEnumType}. Result status of getting the variable. */
public enum GetVariableStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("UnknownComponent")
    UNKNOWN_COMPONENT,
    @JsonProperty("UnknownVariable")
    UNKNOWN_VARIABLE,
    @JsonProperty("NotSupportedAttributeType")
    NOT_SUPPORTED_ATTRIBUTE_TYPE
}
