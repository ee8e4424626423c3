package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code RequestStopTransaction} response. */
public record RequestStopTransactionResponse(
        @Required RequestStartStopStatus status,
        StatusInfo statusInfo) {
}
