package io.busbar.ocpp.v16;

/** SecurityEventNotification.conf (1.6 Security whitepaper): no fields. */
public record SecurityEventNotificationResponse() {
}
