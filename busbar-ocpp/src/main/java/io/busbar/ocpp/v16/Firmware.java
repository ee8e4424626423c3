package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** A signed firmware image to install (1.6 Security whitepaper, FirmwareType); certificate PEM-encoded, signature base64. */
public record Firmware(
        @Required @MaxLength(512) String location,
        @Required Instant retrieveDateTime,
        Instant installDateTime,
        @Required @MaxLength(5500) String signingCertificate,
        @Required @MaxLength(800) String signature) {
}
