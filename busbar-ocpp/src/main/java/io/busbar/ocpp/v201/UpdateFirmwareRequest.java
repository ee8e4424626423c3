package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code UpdateFirmware} request (CSMS to charging station). */
public record UpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        @Required Integer requestId,
        @Required Firmware firmware) {
}
