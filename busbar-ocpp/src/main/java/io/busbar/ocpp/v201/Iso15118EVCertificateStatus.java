package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code Iso15118EVCertificateStatusEnumType}. Indicates whether the message was processed properly. */
public enum Iso15118EVCertificateStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Failed")
    FAILED
}
