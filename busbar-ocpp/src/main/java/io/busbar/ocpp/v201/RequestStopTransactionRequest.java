package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code RequestStopTransaction} request (CSMS to charging station). */
public record RequestStopTransactionRequest(
        @Required @MaxLength(36) String transactionId) {
}
