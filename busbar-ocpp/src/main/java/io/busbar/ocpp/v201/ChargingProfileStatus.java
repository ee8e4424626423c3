package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ChargingProfileStatusEnumType}. Returns whether the Charging Station has been able to
 * process the message successfully. This does not guarantee the schedule will be followed to the letter. There
 * might be other constraints the Charging Station may need to take into account.
 */
public enum ChargingProfileStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED
}
