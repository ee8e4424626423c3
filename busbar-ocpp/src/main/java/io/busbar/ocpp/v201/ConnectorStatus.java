package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ConnectorStatusEnumType}. This contains the current status of the Connector. */
public enum ConnectorStatus {
    @JsonProperty("Available")
    AVAILABLE,
    @JsonProperty("Occupied")
    OCCUPIED,
    @JsonProperty("Reserved")
    RESERVED,
    @JsonProperty("Unavailable")
    UNAVAILABLE,
    @JsonProperty("Faulted")
    FAULTED
}
