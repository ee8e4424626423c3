package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code GetCertificateStatusEnumType}. This indicates whether the charging station was able to
 * retrieve the OCSP certificate status.
 */
public enum GetCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Failed")
    FAILED
}
