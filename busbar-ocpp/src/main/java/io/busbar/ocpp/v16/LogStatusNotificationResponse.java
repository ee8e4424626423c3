package io.busbar.ocpp.v16;

/** LogStatusNotification.conf (1.6 Security whitepaper): no fields. */
public record LogStatusNotificationResponse() {
}
