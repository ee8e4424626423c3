package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code GetReport} request (CSMS to charging station). */
public record GetReportRequest(
        @MinItems(1) List<ComponentVariable> componentVariable,
        @Required Integer requestId,
        @MinItems(1) @MaxItems(4) List<ComponentCriterion> componentCriteria) {
}
