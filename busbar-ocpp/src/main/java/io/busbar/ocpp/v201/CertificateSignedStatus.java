package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code CertificateSignedStatusEnumType}. Returns whether certificate signing has been accepted,
 * otherwise rejected.
 */
public enum CertificateSignedStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED
}
