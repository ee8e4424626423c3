package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** UnlockConnector.conf (1.6 §6.54). */
public record UnlockConnectorResponse(
        @Required UnlockStatus status) {
}
