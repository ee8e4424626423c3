package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code Authorize} response. */
public record AuthorizeResponse(
        @Required IdTokenInfo idTokenInfo,
        AuthorizeCertificateStatus certificateStatus) {
}
