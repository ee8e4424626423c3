package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code IdTokenEnumType}. Enumeration of possible idToken types. */
public enum IdTokenType {
    @JsonProperty("Central")
    CENTRAL,
    @JsonProperty("eMAID")
    E_MAID,
    @JsonProperty("ISO14443")
    ISO14443,
    @JsonProperty("ISO15693")
    ISO15693,
    @JsonProperty("KeyCode")
    KEY_CODE,
    @JsonProperty("Local")
    LOCAL,
    @JsonProperty("MacAddress")
    MAC_ADDRESS,
    @JsonProperty("NoAuthorization")
    NO_AUTHORIZATION
}
