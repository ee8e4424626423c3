package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ChargingProfileKindEnumType}. Indicates the kind of schedule. */
public enum ChargingProfileKind {
    @JsonProperty("Absolute")
    ABSOLUTE,
    @JsonProperty("Recurring")
    RECURRING,
    @JsonProperty("Relative")
    RELATIVE
}
