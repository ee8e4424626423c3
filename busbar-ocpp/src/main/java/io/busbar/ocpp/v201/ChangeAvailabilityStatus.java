package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ChangeAvailabilityStatusEnumType}. This indicates whether the Charging Station is able to
 * perform the availability change.
 */
public enum ChangeAvailabilityStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Scheduled")
    SCHEDULED
}
