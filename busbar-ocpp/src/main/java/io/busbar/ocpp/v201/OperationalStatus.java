package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code OperationalStatusEnumType}. This contains the type of availability change that the Charging
 * Station should perform.
 */
public enum OperationalStatus {
    @JsonProperty("Inoperative")
    INOPERATIVE,
    @JsonProperty("Operative")
    OPERATIVE
}
