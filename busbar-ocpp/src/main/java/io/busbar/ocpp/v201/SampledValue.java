package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/**
 * OCPP 2.0.1 {@code SampledValueType}. Single sampled value in MeterValues. Each value can be accompanied by
 * optional fields. To save on mobile data usage, default values of all of the optional fields are such that. The
 * value without any additional fields will be interpreted, as a register reading of active import energy in Wh
 * (Watt-hour) units.
 */
public record SampledValue(
        @Required BigDecimal value,
        ReadingContext context,
        Measurand measurand,
        Phase phase,
        Location location,
        SignedMeterValue signedMeterValue,
        UnitOfMeasure unitOfMeasure) {
}
