package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/** OCPP 2.0.1 {@code VariableCharacteristicsType}. Fixed read-only parameters of a variable. */
public record VariableCharacteristics(
        @MaxLength(16) String unit,
        @Required DataType dataType,
        BigDecimal minLimit,
        BigDecimal maxLimit,
        @MaxLength(1000) String valuesList,
        @Required Boolean supportsMonitoring) {
}
