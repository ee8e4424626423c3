package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** Heartbeat.conf (1.6 §6.30): the Central System's current time. */
public record HeartbeatResponse(
        @Required Instant currentTime) {
}
