package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code Heartbeat} response. */
public record HeartbeatResponse(
        @Required Instant currentTime) {
}
