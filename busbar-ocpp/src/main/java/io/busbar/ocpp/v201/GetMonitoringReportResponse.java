package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetMonitoringReport} response. */
public record GetMonitoringReportResponse(
        @Required GenericDeviceModelStatus status,
        StatusInfo statusInfo) {
}
