package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code InstallCertificateStatusEnumType}. Charging Station indicates if installation was
 * successful.
 */
public enum InstallCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("Failed")
    FAILED
}
