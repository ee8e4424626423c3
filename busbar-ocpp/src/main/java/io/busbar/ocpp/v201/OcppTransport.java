package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code OCPPTransportEnumType}. Defines the transport protocol (e.g. SOAP or JSON). Note: SOAP is
 * not supported in OCPP 2.0, but is supported by other versions of OCPP.
 */
public enum OcppTransport {
    @JsonProperty("JSON")
    JSON,
    @JsonProperty("SOAP")
    SOAP
}
