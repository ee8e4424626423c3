package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code UpdateFirmware} response. */
public record UpdateFirmwareResponse(
        @Required UpdateFirmwareStatus status,
        StatusInfo statusInfo) {
}
