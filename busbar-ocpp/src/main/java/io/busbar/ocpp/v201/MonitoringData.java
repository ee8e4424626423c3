package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code MonitoringDataType}. Class to hold parameters of SetVariableMonitoring request. */
public record MonitoringData(
        @Required Component component,
        @Required Variable variable,
        @Required @MinItems(1) List<VariableMonitoring> variableMonitoring) {
}
