package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetCertificateStatus} response. */
public record GetCertificateStatusResponse(
        @Required GetCertificateStatus status,
        StatusInfo statusInfo,
        @MaxLength(5500) String ocspResult) {
}
