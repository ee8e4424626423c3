package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code LogStatusEnumType}. This field indicates whether the Charging Station was able to accept the
 * request.
 */
public enum LogStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("AcceptedCanceled")
    ACCEPTED_CANCELED
}
