package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetMonitoringResultType}. Class to hold result of SetVariableMonitoring request. */
public record SetMonitoringResult(
        Integer id,
        StatusInfo statusInfo,
        @Required SetMonitoringStatus status,
        @Required MonitorType type,
        @Required Component component,
        @Required Variable variable,
        @Required Integer severity) {
}
