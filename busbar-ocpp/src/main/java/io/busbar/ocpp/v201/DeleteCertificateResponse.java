package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code DeleteCertificate} response. */
public record DeleteCertificateResponse(
        @Required DeleteCertificateStatus status,
        StatusInfo statusInfo) {
}
