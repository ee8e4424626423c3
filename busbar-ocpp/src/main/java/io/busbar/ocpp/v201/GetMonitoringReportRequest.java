package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code GetMonitoringReport} request (CSMS to charging station). */
public record GetMonitoringReportRequest(
        @MinItems(1) List<ComponentVariable> componentVariable,
        @Required Integer requestId,
        @MinItems(1) @MaxItems(3) List<MonitoringCriterion> monitoringCriteria) {
}
