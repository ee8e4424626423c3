package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;
import tools.jackson.databind.JsonNode;

/** OCPP 2.0.1 {@code DataTransfer} request (either direction). */
public record DataTransferRequest(
        @MaxLength(50) String messageId,
        JsonNode data,
        @Required @MaxLength(255) String vendorId) {
}
