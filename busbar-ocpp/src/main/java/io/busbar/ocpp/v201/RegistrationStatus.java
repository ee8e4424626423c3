package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code RegistrationStatusEnumType}. This contains whether the Charging Station has been registered
 * within the CSMS.
 */
public enum RegistrationStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Pending")
    PENDING,
    @JsonProperty("Rejected")
    REJECTED
}
