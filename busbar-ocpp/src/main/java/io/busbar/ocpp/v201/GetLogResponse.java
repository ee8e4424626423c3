package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetLog} response. */
public record GetLogResponse(
        @Required LogStatus status,
        StatusInfo statusInfo,
        @MaxLength(255) String filename) {
}
