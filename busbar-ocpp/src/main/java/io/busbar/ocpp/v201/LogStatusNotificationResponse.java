package io.busbar.ocpp.v201;

/** OCPP 2.0.1 {@code LogStatusNotification} response. */
public record LogStatusNotificationResponse() {
}
