package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ResetStatusEnumType}. This indicates whether the Charging Station is able to perform the
 * reset.
 */
public enum ResetStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Scheduled")
    SCHEDULED
}
