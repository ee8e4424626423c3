package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code GetCertificateIdUseEnumType}. Indicates the type of the requested certificate(s). */
public enum GetCertificateIdUse {
    @JsonProperty("V2GRootCertificate")
    V2G_ROOT_CERTIFICATE,
    @JsonProperty("MORootCertificate")
    MO_ROOT_CERTIFICATE,
    @JsonProperty("CSMSRootCertificate")
    CSMS_ROOT_CERTIFICATE,
    @JsonProperty("V2GCertificateChain")
    V2G_CERTIFICATE_CHAIN,
    @JsonProperty("ManufacturerRootCertificate")
    MANUFACTURER_ROOT_CERTIFICATE
}
