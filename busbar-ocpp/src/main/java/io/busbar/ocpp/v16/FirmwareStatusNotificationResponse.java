package io.busbar.ocpp.v16;

/** FirmwareStatusNotification.conf (1.6 §6.20): no fields. */
public record FirmwareStatusNotificationResponse() {
}
