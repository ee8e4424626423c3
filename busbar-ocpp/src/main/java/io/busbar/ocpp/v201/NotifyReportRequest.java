package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 {@code NotifyReport} request (charging station to CSMS). */
public record NotifyReportRequest(
        @Required Integer requestId,
        @Required Instant generatedAt,
        @MinItems(1) List<ReportData> reportData,
        Boolean tbc,
        @Required Integer seqNo) {
}
