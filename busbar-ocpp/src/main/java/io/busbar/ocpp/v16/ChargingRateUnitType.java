package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Unit of a charging schedule: amperes or watts. */
public enum ChargingRateUnitType {
    @JsonProperty("A") A,
    @JsonProperty("W") W
}
