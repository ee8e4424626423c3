package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ReserveNow} response. */
public record ReserveNowResponse(
        @Required ReserveNowStatus status,
        StatusInfo statusInfo) {
}
