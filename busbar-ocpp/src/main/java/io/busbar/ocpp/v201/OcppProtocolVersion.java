package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code OCPPVersionEnumType}. Defines the OCPP version used for this communication function. */
public enum OcppProtocolVersion {
    @JsonProperty("OCPP12")
    OCPP12,
    @JsonProperty("OCPP15")
    OCPP15,
    @JsonProperty("OCPP16")
    OCPP16,
    @JsonProperty("OCPP20")
    OCPP20
}
