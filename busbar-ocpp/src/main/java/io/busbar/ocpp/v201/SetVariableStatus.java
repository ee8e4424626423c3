package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code SetVariableStatusEnumType}. Result status of setting the variable. */
public enum SetVariableStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("UnknownComponent")
    UNKNOWN_COMPONENT,
    @JsonProperty("UnknownVariable")
    UNKNOWN_VARIABLE,
    @JsonProperty("NotSupportedAttributeType")
    NOT_SUPPORTED_ATTRIBUTE_TYPE,
    @JsonProperty("RebootRequired")
    REBOOT_REQUIRED
}
