package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;
import tools.jackson.databind.JsonNode;

/** OCPP 2.0.1 {@code DataTransfer} response. */
public record DataTransferResponse(
        @Required DataTransferStatus status,
        StatusInfo statusInfo,
        JsonNode data) {
}
