package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code UnlockConnector} response. */
public record UnlockConnectorResponse(
        @Required UnlockStatus status,
        StatusInfo statusInfo) {
}
