package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a SignedUpdateFirmware (1.6 Security whitepaper, UpdateFirmwareStatusEnumType). */
public enum UpdateFirmwareStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("AcceptedCanceled") ACCEPTED_CANCELED,
    @JsonProperty("InvalidCertificate") INVALID_CERTIFICATE,
    @JsonProperty("RevokedCertificate") REVOKED_CERTIFICATE
}
