package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code CancelReservationStatusEnumType}. This indicates the success or failure of the canceling of
 * a reservation by CSMS.
 */
public enum CancelReservationStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED
}
