package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetMonitoringBase} request (CSMS to charging station). */
public record SetMonitoringBaseRequest(
        @Required MonitoringBase monitoringBase) {
}
