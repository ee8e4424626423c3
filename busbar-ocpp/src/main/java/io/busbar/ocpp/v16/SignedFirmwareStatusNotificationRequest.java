package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** SignedFirmwareStatusNotification.req (1.6 Security whitepaper). */
public record SignedFirmwareStatusNotificationRequest(
        @Required SignedFirmwareStatus status,
        Integer requestId) {
}
