package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SignCertificate} request (charging station to CSMS). */
public record SignCertificateRequest(
        @Required @MaxLength(5500) String csr,
        CertificateSigningUse certificateType) {
}
