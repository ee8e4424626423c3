package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CertificateSigned} response. */
public record CertificateSignedResponse(
        @Required CertificateSignedStatus status,
        StatusInfo statusInfo) {
}
