package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code UpdateEnumType}. This contains the type of update (full or differential) of this request. */
public enum UpdateType {
    @JsonProperty("Differential")
    DIFFERENTIAL,
    @JsonProperty("Full")
    FULL
}
