package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** GetDiagnostics.req (1.6 §6.25); {@code location} is the URI to upload to. */
public record GetDiagnosticsRequest(
        @Required String location,
        Integer retries,
        Integer retryInterval,
        Instant startTime,
        Instant stopTime) {
}
