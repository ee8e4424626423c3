package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetVariableDataType}. */
public record SetVariableData(
        AttributeType attributeType,
        @Required @MaxLength(1000) String attributeValue,
        @Required Component component,
        @Required Variable variable) {
}
