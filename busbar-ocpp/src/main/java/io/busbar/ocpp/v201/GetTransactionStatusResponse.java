package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetTransactionStatus} response. */
public record GetTransactionStatusResponse(
        Boolean ongoingIndicator,
        @Required Boolean messagesInQueue) {
}
