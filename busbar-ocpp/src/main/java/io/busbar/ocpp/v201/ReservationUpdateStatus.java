package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ReservationUpdateStatusEnumType}. The updated reservation status. */
public enum ReservationUpdateStatus {
    @JsonProperty("Expired")
    EXPIRED,
    @JsonProperty("Removed")
    REMOVED
}
