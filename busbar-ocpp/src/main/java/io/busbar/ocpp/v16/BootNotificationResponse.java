package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** BootNotification.conf (1.6 §6.4); {@code interval} is the heartbeat interval in seconds when accepted, else the minimum wait before retrying. */
public record BootNotificationResponse(
        @Required RegistrationStatus status,
        @Required Instant currentTime,
        @Required Integer interval) {
}
