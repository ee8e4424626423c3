package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** RemoteStartTransaction.req (1.6 §6.33); a chargingProfile must have purpose TxProfile. */
public record RemoteStartTransactionRequest(
        Integer connectorId,
        @Required @MaxLength(20) String idTag,
        ChargingProfile chargingProfile) {
}
