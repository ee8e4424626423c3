package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ClearCacheStatusEnumType}. Accepted if the Charging Station has executed the request,
 * otherwise rejected.
 */
public enum ClearCacheStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED
}
