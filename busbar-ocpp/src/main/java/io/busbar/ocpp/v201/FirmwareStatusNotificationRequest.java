package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code FirmwareStatusNotification} request (charging station to CSMS). */
public record FirmwareStatusNotificationRequest(
        @Required FirmwareStatus status,
        Integer requestId) {
}
