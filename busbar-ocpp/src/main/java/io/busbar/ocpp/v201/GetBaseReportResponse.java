package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetBaseReport} response. */
public record GetBaseReportResponse(
        @Required GenericDeviceModelStatus status,
        StatusInfo statusInfo) {
}
