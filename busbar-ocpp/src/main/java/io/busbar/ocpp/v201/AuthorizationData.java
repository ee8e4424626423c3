package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code AuthorizationData}. Contains the identifier to use for authorization. */
public record AuthorizationData(
        @Required IdToken idToken,
        IdTokenInfo idTokenInfo) {
}
