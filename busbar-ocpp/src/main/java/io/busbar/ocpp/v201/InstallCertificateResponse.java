package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code InstallCertificate} response. */
public record InstallCertificateResponse(
        @Required InstallCertificateStatus status,
        StatusInfo statusInfo) {
}
