package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a ClearChargingProfile. */
public enum ClearChargingProfileStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Unknown") UNKNOWN
}
