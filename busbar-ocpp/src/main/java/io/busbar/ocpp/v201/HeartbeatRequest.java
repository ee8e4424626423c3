package io.busbar.ocpp.v201;

/** OCPP 2.0.1 {@code Heartbeat} request (charging station to CSMS). */
public record HeartbeatRequest() {
}
