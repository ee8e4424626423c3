package io.busbar.ocpp.v16;

/** StatusNotification.conf (1.6 §6.48): no fields. */
public record StatusNotificationResponse() {
}
