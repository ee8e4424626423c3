package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;

/** OCPP 2.0.1 {@code GetTransactionStatus} request (CSMS to charging station). */
public record GetTransactionStatusRequest(
        @MaxLength(36) String transactionId) {
}
