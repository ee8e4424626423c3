package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearDisplayMessage} response. */
public record ClearDisplayMessageResponse(
        @Required ClearMessageStatus status,
        StatusInfo statusInfo) {
}
