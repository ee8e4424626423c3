package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** LogStatusNotification.req (1.6 Security whitepaper). */
public record LogStatusNotificationRequest(
        @Required UploadLogStatus status,
        Integer requestId) {
}
