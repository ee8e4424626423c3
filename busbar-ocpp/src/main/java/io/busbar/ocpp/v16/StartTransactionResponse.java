package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** StartTransaction.conf (1.6 §6.46). */
public record StartTransactionResponse(
        @Required IdTagInfo idTagInfo,
        @Required Integer transactionId) {
}
