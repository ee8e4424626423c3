package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ChargingRateUnitEnumType}. The unit of measure Limit is expressed in. */
public enum ChargingRateUnit {
    @JsonProperty("W")
    W,
    @JsonProperty("A")
    A
}
