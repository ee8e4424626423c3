package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code Get15118EVCertificate} response. */
public record Get15118EVCertificateResponse(
        @Required Iso15118EVCertificateStatus status,
        StatusInfo statusInfo,
        @Required @MaxLength(5600) String exiResponse) {
}
