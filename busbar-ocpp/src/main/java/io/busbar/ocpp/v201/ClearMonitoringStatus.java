package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ClearMonitoringStatusEnumType}. Result of the clear request for this monitor, identified by
 * its Id.
 */
public enum ClearMonitoringStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("NotFound")
    NOT_FOUND
}
