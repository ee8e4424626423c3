package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ChargingLimitSourceEnumType}. Source that has installed this charging profile. */
public enum ChargingLimitSource {
    @JsonProperty("EMS")
    EMS,
    @JsonProperty("Other")
    OTHER,
    @JsonProperty("SO")
    SO,
    @JsonProperty("CSO")
    CSO
}
