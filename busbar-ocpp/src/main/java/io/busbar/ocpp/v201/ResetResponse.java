package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code Reset} response. */
public record ResetResponse(
        @Required ResetStatus status,
        StatusInfo statusInfo) {
}
