package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code InstallCertificateUseEnumType}. Indicates the certificate type that is sent. */
public enum InstallCertificateUse {
    @JsonProperty("V2GRootCertificate")
    V2G_ROOT_CERTIFICATE,
    @JsonProperty("MORootCertificate")
    MO_ROOT_CERTIFICATE,
    @JsonProperty("CSMSRootCertificate")
    CSMS_ROOT_CERTIFICATE,
    @JsonProperty("ManufacturerRootCertificate")
    MANUFACTURER_ROOT_CERTIFICATE
}
