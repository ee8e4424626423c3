package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to an UnlockConnector. */
public enum UnlockStatus {
    @JsonProperty("Unlocked") UNLOCKED,
    @JsonProperty("UnlockFailed") UNLOCK_FAILED,
    @JsonProperty("NotSupported") NOT_SUPPORTED
}
