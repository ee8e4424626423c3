package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code GenericDeviceModelStatusEnumType}. Indicates whether the Charging Station was able to accept
 * the request.
 */
public enum GenericDeviceModelStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("NotSupported")
    NOT_SUPPORTED,
    @JsonProperty("EmptyResultSet")
    EMPTY_RESULT_SET
}
