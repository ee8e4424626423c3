package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** StatusNotification.req (1.6 §6.47); connectorId 0 is the charge point itself. */
public record StatusNotificationRequest(
        @Required Integer connectorId,
        @Required ChargePointErrorCode errorCode,
        @MaxLength(50) String info,
        @Required ChargePointStatus status,
        Instant timestamp,
        @MaxLength(255) String vendorId,
        @MaxLength(50) String vendorErrorCode) {
}
