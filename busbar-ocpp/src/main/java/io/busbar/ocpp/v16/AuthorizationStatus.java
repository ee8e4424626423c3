package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Status of an idTag. */
public enum AuthorizationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Blocked") BLOCKED,
    @JsonProperty("Expired") EXPIRED,
    @JsonProperty("Invalid") INVALID,
    @JsonProperty("ConcurrentTx") CONCURRENT_TX
}
