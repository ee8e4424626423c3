package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code APNAuthenticationEnumType}. Authentication method. */
public enum ApnAuthentication {
    @JsonProperty("CHAP")
    CHAP,
    @JsonProperty("NONE")
    NONE,
    @JsonProperty("PAP")
    PAP,
    @JsonProperty("AUTO")
    AUTO
}
