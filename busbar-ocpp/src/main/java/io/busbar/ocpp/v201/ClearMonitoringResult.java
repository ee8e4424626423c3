package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ClearMonitoringResultType}. */
public record ClearMonitoringResult(
        @Required ClearMonitoringStatus status,
        @Required Integer id,
        StatusInfo statusInfo) {
}
