package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/**
 * OCPP 2.0.1 {@code FirmwareType}. Firmware Represents a copy of the firmware that can be loaded/updated on the
 * Charging Station.
 */
public record Firmware(
        @Required @MaxLength(512) String location,
        @Required Instant retrieveDateTime,
        Instant installDateTime,
        @MaxLength(5500) String signingCertificate,
        @MaxLength(800) String signature) {
}
