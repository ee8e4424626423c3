package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a GetLog (1.6 Security whitepaper, LogStatusEnumType). */
public enum LogStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("AcceptedCanceled") ACCEPTED_CANCELED
}
