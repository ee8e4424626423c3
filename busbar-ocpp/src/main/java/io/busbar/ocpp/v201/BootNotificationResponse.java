package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code BootNotification} response. */
public record BootNotificationResponse(
        @Required Instant currentTime,
        @Required Integer interval,
        @Required RegistrationStatus status,
        StatusInfo statusInfo) {
}
