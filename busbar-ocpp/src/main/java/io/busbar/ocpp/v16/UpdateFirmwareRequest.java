package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** UpdateFirmware.req (1.6 §6.55); {@code location} is the URI of the firmware. */
public record UpdateFirmwareRequest(
        @Required String location,
        Integer retries,
        @Required Instant retrieveDate,
        Integer retryInterval) {
}
