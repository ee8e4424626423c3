package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code AuthorizationStatusEnumType}. Current status of the ID Token. */
public enum AuthorizationStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Blocked")
    BLOCKED,
    @JsonProperty("ConcurrentTx")
    CONCURRENT_TX,
    @JsonProperty("Expired")
    EXPIRED,
    @JsonProperty("Invalid")
    INVALID,
    @JsonProperty("NoCredit")
    NO_CREDIT,
    @JsonProperty("NotAllowedTypeEVSE")
    NOT_ALLOWED_TYPE_EVSE,
    @JsonProperty("NotAtThisLocation")
    NOT_AT_THIS_LOCATION,
    @JsonProperty("NotAtThisTime")
    NOT_AT_THIS_TIME,
    @JsonProperty("Unknown")
    UNKNOWN
}
