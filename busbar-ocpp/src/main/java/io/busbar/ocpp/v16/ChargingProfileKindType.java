package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a charging schedule is anchored in time. */
public enum ChargingProfileKindType {
    @JsonProperty("Absolute") ABSOLUTE,
    @JsonProperty("Recurring") RECURRING,
    @JsonProperty("Relative") RELATIVE
}
