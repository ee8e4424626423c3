package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/** OCPP 2.0.1 {@code VariableMonitoringType}. A monitoring setting for a variable. */
public record VariableMonitoring(
        @Required Integer id,
        @Required Boolean transaction,
        @Required BigDecimal value,
        @Required MonitorType type,
        @Required Integer severity) {
}
