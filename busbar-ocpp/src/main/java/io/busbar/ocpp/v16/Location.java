package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a sampled value was measured. */
public enum Location {
    @JsonProperty("Cable") CABLE,
    @JsonProperty("EV") EV,
    @JsonProperty("Inlet") INLET,
    @JsonProperty("Outlet") OUTLET,
    @JsonProperty("Body") BODY
}
