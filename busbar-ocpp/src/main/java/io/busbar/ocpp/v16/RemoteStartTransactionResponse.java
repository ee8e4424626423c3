package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** RemoteStartTransaction.conf (1.6 §6.34). */
public record RemoteStartTransactionResponse(
        @Required RemoteStartStopStatus status) {
}
