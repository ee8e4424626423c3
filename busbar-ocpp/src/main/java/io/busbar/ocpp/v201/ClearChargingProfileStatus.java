package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ClearChargingProfileStatusEnumType}. Indicates if the Charging Station was able to execute
 * the request.
 */
public enum ClearChargingProfileStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Unknown")
    UNKNOWN
}
