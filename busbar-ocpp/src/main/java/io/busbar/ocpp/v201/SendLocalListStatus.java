package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code SendLocalListStatusEnumType}. This indicates whether the Charging Station has successfully
 * received and applied the update of the Local Authorization List.
 */
public enum SendLocalListStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Failed")
    FAILED,
    @JsonProperty("VersionMismatch")
    VERSION_MISMATCH
}
