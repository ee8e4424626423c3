package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetMonitoringLevel} response. */
public record SetMonitoringLevelResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
