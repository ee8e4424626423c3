package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code ReserveNow} request (CSMS to charging station). */
public record ReserveNowRequest(
        @Required Integer id,
        @Required Instant expiryDateTime,
        ConnectorType connectorType,
        @Required IdToken idToken,
        Integer evseId,
        IdToken groupIdToken) {
}
