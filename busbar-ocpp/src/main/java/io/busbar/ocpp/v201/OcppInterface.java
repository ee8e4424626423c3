package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code OCPPInterfaceEnumType}. Applicable Network Interface. */
public enum OcppInterface {
    @JsonProperty("Wired0")
    WIRED0,
    @JsonProperty("Wired1")
    WIRED1,
    @JsonProperty("Wired2")
    WIRED2,
    @JsonProperty("Wired3")
    WIRED3,
    @JsonProperty("Wireless0")
    WIRELESS0,
    @JsonProperty("Wireless1")
    WIRELESS1,
    @JsonProperty("Wireless2")
    WIRELESS2,
    @JsonProperty("Wireless3")
    WIRELESS3
}
