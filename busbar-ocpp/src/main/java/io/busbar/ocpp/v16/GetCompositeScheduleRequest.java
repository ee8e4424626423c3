package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** GetCompositeSchedule.req (1.6 §6.21); duration in seconds. */
public record GetCompositeScheduleRequest(
        @Required Integer connectorId,
        @Required Integer duration,
        ChargingRateUnitType chargingRateUnit) {
}
