package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** RemoteStopTransaction.req (1.6 §6.35). */
public record RemoteStopTransactionRequest(
        @Required Integer transactionId) {
}
