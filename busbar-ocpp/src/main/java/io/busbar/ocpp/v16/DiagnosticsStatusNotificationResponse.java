package io.busbar.ocpp.v16;

/** DiagnosticsStatusNotification.conf (1.6 §6.18): no fields. */
public record DiagnosticsStatusNotificationResponse() {
}
