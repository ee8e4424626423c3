package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 {@code NotifyMonitoringReport} request (charging station to CSMS). */
public record NotifyMonitoringReportRequest(
        @MinItems(1) List<MonitoringData> monitor,
        @Required Integer requestId,
        Boolean tbc,
        @Required Integer seqNo,
        @Required Instant generatedAt) {
}
