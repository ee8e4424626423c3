package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code GetInstalledCertificateStatusEnumType}. Charging Station indicates if it can process the
 * request.
 */
public enum GetInstalledCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("NotFound")
    NOT_FOUND
}
