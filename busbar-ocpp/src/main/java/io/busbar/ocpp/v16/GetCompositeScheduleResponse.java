package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** GetCompositeSchedule.conf (1.6 §6.22). */
public record GetCompositeScheduleResponse(
        @Required GetCompositeScheduleStatus status,
        Integer connectorId,
        Instant scheduleStart,
        ChargingSchedule chargingSchedule) {
}
