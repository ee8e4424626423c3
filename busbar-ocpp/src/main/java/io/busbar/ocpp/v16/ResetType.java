package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of reset requested. */
public enum ResetType {
    @JsonProperty("Hard") HARD,
    @JsonProperty("Soft") SOFT
}
