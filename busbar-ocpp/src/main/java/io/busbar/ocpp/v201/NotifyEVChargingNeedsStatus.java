package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code NotifyEVChargingNeedsStatusEnumType}. Returns whether the CSMS has been able to process the
 * message successfully. It does not imply that the evChargingNeeds can be met with the current charging profile.
 */
public enum NotifyEVChargingNeedsStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Processing")
    PROCESSING
}
