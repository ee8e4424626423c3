package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** DataTransfer.conf (1.6 §6.16). */
public record DataTransferResponse(
        @Required DataTransferStatus status,
        String data) {
}
