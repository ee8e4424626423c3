package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SignedUpdateFirmware.conf (1.6 Security whitepaper). */
public record SignedUpdateFirmwareResponse(
        @Required UpdateFirmwareStatus status) {
}
