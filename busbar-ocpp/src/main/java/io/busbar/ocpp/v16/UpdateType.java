package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a SendLocalList changes the list. */
public enum UpdateType {
    @JsonProperty("Differential") DIFFERENTIAL,
    @JsonProperty("Full") FULL
}
