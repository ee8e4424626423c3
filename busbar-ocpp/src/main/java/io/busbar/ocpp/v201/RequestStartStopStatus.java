package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code RequestStartStopStatusEnumType}. Status indicating whether Charging Station accepts the
 * request to stop a transaction.
 */
public enum RequestStartStopStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED
}
