package io.busbar.ocpp.v16;

/** StopTransaction.conf (1.6 §6.50). */
public record StopTransactionResponse(
        IdTagInfo idTagInfo) {
}
