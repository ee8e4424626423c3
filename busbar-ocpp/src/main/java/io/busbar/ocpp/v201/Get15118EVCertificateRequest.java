package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code Get15118EVCertificate} request (charging station to CSMS). */
public record Get15118EVCertificateRequest(
        @Required @MaxLength(50) String iso15118SchemaVersion,
        @Required CertificateAction action,
        @Required @MaxLength(5600) String exiRequest) {
}
