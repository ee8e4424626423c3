package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 {@code CompositeScheduleType}. */
public record CompositeSchedule(
        @Required @MinItems(1) List<ChargingSchedulePeriod> chargingSchedulePeriod,
        @Required Integer evseId,
        @Required Integer duration,
        @Required Instant scheduleStart,
        @Required ChargingRateUnit chargingRateUnit) {
}
