package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/**
 * OCPP 2.0.1 {@code ChargingSchedulePeriodType}. Charging schedule period structure defines a time period in a
 * charging schedule.
 */
public record ChargingSchedulePeriod(
        @Required Integer startPeriod,
        @Required BigDecimal limit,
        Integer numberPhases,
        Integer phaseToUse) {
}
