package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;

/** OCPP 2.0.1 {@code UnitOfMeasureType}. Represents a UnitOfMeasure with a multiplier */
public record UnitOfMeasure(
        @MaxLength(20) String unit,
        Integer multiplier) {
}
