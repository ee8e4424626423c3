package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CustomerInformation} request (CSMS to charging station). */
public record CustomerInformationRequest(
        CertificateHashData customerCertificate,
        IdToken idToken,
        @Required Integer requestId,
        @Required Boolean report,
        @Required Boolean clear,
        @MaxLength(64) String customerIdentifier) {
}
