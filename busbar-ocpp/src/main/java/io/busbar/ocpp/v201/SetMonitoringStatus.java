package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code SetMonitoringStatusEnumType}. Status is OK if a value could be returned. Otherwise this will
 * indicate the reason why a value could not be returned.
 */
public enum SetMonitoringStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("UnknownComponent")
    UNKNOWN_COMPONENT,
    @JsonProperty("UnknownVariable")
    UNKNOWN_VARIABLE,
    @JsonProperty("UnsupportedMonitorType")
    UNSUPPORTED_MONITOR_TYPE,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Duplicate")
    DUPLICATE
}
