package io.busbar.ocpp.v16;

/** SignedFirmwareStatusNotification.conf (1.6 Security whitepaper): no fields. */
public record SignedFirmwareStatusNotificationResponse() {
}
