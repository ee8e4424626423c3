package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;

/** OCPP 2.0.1 {@code VariableAttributeType}. Attribute data of a variable. */
public record VariableAttribute(
        AttributeType type,
        @MaxLength(2500) String value,
        Mutability mutability,
        Boolean persistent,
        Boolean constant) {
}
