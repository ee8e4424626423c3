package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code RequestStartTransaction} response. */
public record RequestStartTransactionResponse(
        @Required RequestStartStopStatus status,
        StatusInfo statusInfo,
        @MaxLength(36) String transactionId) {
}
