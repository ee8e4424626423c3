package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code AuthorizeCertificateStatusEnumType}. Certificate status information. - if all certificates
 * are valid: return 'Accepted'. - if one of the certificates was revoked, return 'CertificateRevoked'.
 */
public enum AuthorizeCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("SignatureError")
    SIGNATURE_ERROR,
    @JsonProperty("CertificateExpired")
    CERTIFICATE_EXPIRED,
    @JsonProperty("CertificateRevoked")
    CERTIFICATE_REVOKED,
    @JsonProperty("NoCertificateAvailable")
    NO_CERTIFICATE_AVAILABLE,
    @JsonProperty("CertChainError")
    CERT_CHAIN_ERROR,
    @JsonProperty("ContractCancelled")
    CONTRACT_CANCELLED
}
