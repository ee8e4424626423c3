package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetReport} response. */
public record GetReportResponse(
        @Required GenericDeviceModelStatus status,
        StatusInfo statusInfo) {
}
