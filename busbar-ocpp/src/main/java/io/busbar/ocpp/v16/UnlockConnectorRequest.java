package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** UnlockConnector.req (1.6 §6.53). */
public record UnlockConnectorRequest(
        @Required Integer connectorId) {
}
