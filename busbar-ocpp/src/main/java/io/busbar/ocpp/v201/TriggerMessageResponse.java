package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code TriggerMessage} response. */
public record TriggerMessageResponse(
        @Required TriggerMessageStatus status,
        StatusInfo statusInfo) {
}
