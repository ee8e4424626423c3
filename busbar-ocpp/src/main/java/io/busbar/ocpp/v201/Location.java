package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code LocationEnumType}. Indicates where the measured value has been sampled. Default =  "Outlet" */
public enum Location {
    @JsonProperty("Body")
    BODY,
    @JsonProperty("Cable")
    CABLE,
    @JsonProperty("EV")
    EV,
    @JsonProperty("Inlet")
    INLET,
    @JsonProperty("Outlet")
    OUTLET
}
