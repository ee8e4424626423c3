package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CertificateSigned} request (CSMS to charging station). */
public record CertificateSignedRequest(
        @Required @MaxLength(10000) String certificateChain,
        CertificateSigningUse certificateType) {
}
