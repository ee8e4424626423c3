package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code CustomerInformationStatusEnumType}. Indicates whether the request was accepted. */
public enum CustomerInformationStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Invalid")
    INVALID
}
