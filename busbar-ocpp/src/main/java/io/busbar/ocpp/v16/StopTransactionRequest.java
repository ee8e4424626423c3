package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** StopTransaction.req (1.6 §6.49). {@code meterStop} is in Wh, held as Long like meterStart. */
public record StopTransactionRequest(
        @MaxLength(20) String idTag,
        @Required Long meterStop,
        @Required Instant timestamp,
        @Required Integer transactionId,
        Reason reason,
        List<MeterValue> transactionData) {
}
