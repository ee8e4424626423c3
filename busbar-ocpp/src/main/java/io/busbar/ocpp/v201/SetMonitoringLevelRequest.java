package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetMonitoringLevel} request (CSMS to charging station). */
public record SetMonitoringLevelRequest(
        @Required Integer severity) {
}
