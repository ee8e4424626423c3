package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ReserveNowStatusEnumType}. This indicates the success or failure of the reservation. */
public enum ReserveNowStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Faulted")
    FAULTED,
    @JsonProperty("Occupied")
    OCCUPIED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Unavailable")
    UNAVAILABLE
}
