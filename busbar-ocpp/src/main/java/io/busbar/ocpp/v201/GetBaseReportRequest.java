package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetBaseReport} request (CSMS to charging station). */
public record GetBaseReportRequest(
        @Required Integer requestId,
        @Required ReportBase reportBase) {
}
