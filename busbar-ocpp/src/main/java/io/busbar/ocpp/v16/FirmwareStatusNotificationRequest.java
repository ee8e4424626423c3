package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** FirmwareStatusNotification.req (1.6 §6.19). */
public record FirmwareStatusNotificationRequest(
        @Required FirmwareStatus status) {
}
