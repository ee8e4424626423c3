package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/** OCPP 2.0.1 {@code SetMonitoringDataType}. Class to hold parameters of SetVariableMonitoring request. */
public record SetMonitoringData(
        Integer id,
        Boolean transaction,
        @Required BigDecimal value,
        @Required MonitorType type,
        @Required Integer severity,
        @Required Component component,
        @Required Variable variable) {
}
