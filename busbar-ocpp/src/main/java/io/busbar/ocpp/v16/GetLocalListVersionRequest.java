package io.busbar.ocpp.v16;

/** GetLocalListVersion.req (1.6 §6.27): no fields. */
public record GetLocalListVersionRequest() {
}
