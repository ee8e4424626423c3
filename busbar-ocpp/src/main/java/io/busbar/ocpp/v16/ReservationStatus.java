package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a ReserveNow. */
public enum ReservationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Faulted") FAULTED,
    @JsonProperty("Occupied") OCCUPIED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("Unavailable") UNAVAILABLE
}
