package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code ClearVariableMonitoring} request (CSMS to charging station). */
public record ClearVariableMonitoringRequest(
        @Required @MinItems(1) List<Integer> id) {
}
