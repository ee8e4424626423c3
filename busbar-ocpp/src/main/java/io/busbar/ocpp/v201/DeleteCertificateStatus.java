package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code DeleteCertificateStatusEnumType}. Charging Station indicates if it can process the request. */
public enum DeleteCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Failed")
    FAILED,
    @JsonProperty("NotFound")
    NOT_FOUND
}
