package io.busbar.ocpp.v16;

/** Heartbeat.req (1.6 §6.29): no fields. */
public record HeartbeatRequest() {
}
