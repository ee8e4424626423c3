package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code Authorize} request (charging station to CSMS). */
public record AuthorizeRequest(
        @Required IdToken idToken,
        @MaxLength(5500) String certificate,
        @MinItems(1) @MaxItems(4) List<OCSPRequestData> iso15118CertificateHashData) {
}
