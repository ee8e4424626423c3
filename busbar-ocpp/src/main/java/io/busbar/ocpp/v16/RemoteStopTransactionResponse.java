package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** RemoteStopTransaction.conf (1.6 §6.36). */
public record RemoteStopTransactionResponse(
        @Required RemoteStartStopStatus status) {
}
