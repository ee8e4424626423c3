package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code NotifyEVChargingSchedule} response. */
public record NotifyEVChargingScheduleResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo) {
}
