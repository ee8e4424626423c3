package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code LogStatusNotification} request (charging station to CSMS). */
public record LogStatusNotificationRequest(
        @Required UploadLogStatus status,
        Integer requestId) {
}
