package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code CertificateSigningUseEnumType}. Indicates the type of certificate that is to be signed. When
 * omitted the certificate is to be used for both the 15118 connection (if implemented) and the Charging Station
 * to CSMS connection.
 */
public enum CertificateSigningUse {
    @JsonProperty("ChargingStationCertificate")
    CHARGING_STATION_CERTIFICATE,
    @JsonProperty("V2GCertificate")
    V2G_CERTIFICATE
}
