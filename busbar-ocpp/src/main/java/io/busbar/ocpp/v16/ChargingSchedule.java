package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A charging schedule; durations in seconds, rates in the given unit (schema multipleOf 0.1). */
public record ChargingSchedule(
        Integer duration,
        Instant startSchedule,
        @Required ChargingRateUnitType chargingRateUnit,
        @Required List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate) {
}
