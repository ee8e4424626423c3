package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** DiagnosticsStatusNotification.req (1.6 §6.17). */
public record DiagnosticsStatusNotificationRequest(
        @Required DiagnosticsStatus status) {
}
