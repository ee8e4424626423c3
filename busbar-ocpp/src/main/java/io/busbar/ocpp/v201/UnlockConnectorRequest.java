package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code UnlockConnector} request (CSMS to charging station). */
public record UnlockConnectorRequest(
        @Required Integer evseId,
        @Required Integer connectorId) {
}
