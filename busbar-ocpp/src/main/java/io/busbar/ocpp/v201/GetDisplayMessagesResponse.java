package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetDisplayMessages} response. */
public record GetDisplayMessagesResponse(
        @Required GetDisplayMessagesStatus status,
        StatusInfo statusInfo) {
}
