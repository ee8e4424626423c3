package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code NotifyEVChargingSchedule} request (charging station to CSMS). */
public record NotifyEVChargingScheduleRequest(
        @Required Instant timeBase,
        @Required ChargingSchedule chargingSchedule,
        @Required Integer evseId) {
}
