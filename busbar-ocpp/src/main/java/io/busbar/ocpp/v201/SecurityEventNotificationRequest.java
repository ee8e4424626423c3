package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code SecurityEventNotification} request (charging station to CSMS). */
public record SecurityEventNotificationRequest(
        @Required @MaxLength(50) String type,
        @Required Instant timestamp,
        @MaxLength(255) String techInfo) {
}
