package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code DeleteCertificate} request (CSMS to charging station). */
public record DeleteCertificateRequest(
        @Required CertificateHashData certificateHashData) {
}
