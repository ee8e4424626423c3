package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code PublishFirmware} request (CSMS to charging station). */
public record PublishFirmwareRequest(
        @Required @MaxLength(512) String location,
        Integer retries,
        @Required @MaxLength(32) String checksum,
        @Required Integer requestId,
        Integer retryInterval) {
}
