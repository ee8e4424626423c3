package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetCompositeSchedule} request (CSMS to charging station). */
public record GetCompositeScheduleRequest(
        @Required Integer duration,
        ChargingRateUnit chargingRateUnit,
        @Required Integer evseId) {
}
