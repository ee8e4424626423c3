package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 {@code ChargingScheduleType}. Charging schedule structure defines a list of charging periods, as
 * used in: GetCompositeSchedule.conf and ChargingProfile.
 */
public record ChargingSchedule(
        @Required Integer id,
        Instant startSchedule,
        Integer duration,
        @Required ChargingRateUnit chargingRateUnit,
        @Required @MinItems(1) @MaxItems(1024) List<ChargingSchedulePeriod> chargingSchedulePeriod,
        BigDecimal minChargingRate,
        SalesTariff salesTariff) {
}
