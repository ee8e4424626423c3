package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** One measured value. {@code value} is a string in 1.6: decimal text, or hex when {@code format} is SignedData. */
public record SampledValue(
        @Required String value,
        ReadingContext context,
        ValueFormat format,
        Measurand measurand,
        Phase phase,
        Location location,
        UnitOfMeasure unit) {
}
