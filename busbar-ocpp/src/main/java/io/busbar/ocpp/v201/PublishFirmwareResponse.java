package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code PublishFirmware} response. */
public record PublishFirmwareResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
