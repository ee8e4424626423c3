package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** DataTransfer.req (1.6 §6.15), sent by either side; {@code data} is a string in the 1.6 schema. */
public record DataTransferRequest(
        @Required @MaxLength(255) String vendorId,
        @MaxLength(50) String messageId,
        String data) {
}
