package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** StartTransaction.req (1.6 §6.45). {@code meterStart} is in Wh; held as Long so a large lifetime register is never refused. */
public record StartTransactionRequest(
        @Required Integer connectorId,
        @Required @MaxLength(20) String idTag,
        @Required Long meterStart,
        Integer reservationId,
        @Required Instant timestamp) {
}
