package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code UnpublishFirmware} request (CSMS to charging station). */
public record UnpublishFirmwareRequest(
        @Required @MaxLength(32) String checksum) {
}
