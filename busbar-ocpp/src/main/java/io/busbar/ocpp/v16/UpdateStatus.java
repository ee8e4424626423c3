package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a SendLocalList. */
public enum UpdateStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Failed") FAILED,
    @JsonProperty("NotSupported") NOT_SUPPORTED,
    @JsonProperty("VersionMismatch") VERSION_MISMATCH
}
