package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** SecurityEventNotification.req (1.6 Security whitepaper); {@code type} names the event, e.g. FirmwareUpdated. */
public record SecurityEventNotificationRequest(
        @Required @MaxLength(50) String type,
        @Required Instant timestamp,
        @MaxLength(255) String techInfo) {
}
