package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SignedUpdateFirmware.req (1.6 Security whitepaper). */
public record SignedUpdateFirmwareRequest(
        Integer retries,
        Integer retryInterval,
        @Required Integer requestId,
        @Required Firmware firmware) {
}
