package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetDisplayMessage} response. */
public record SetDisplayMessageResponse(
        @Required DisplayMessageStatus status,
        StatusInfo statusInfo) {
}
