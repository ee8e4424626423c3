package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code SetVariableMonitoring} response. */
public record SetVariableMonitoringResponse(
        @Required @MinItems(1) List<SetMonitoringResult> setMonitoringResult) {
}
