package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetVariableDataType}. Class to hold parameters for GetVariables request. */
public record GetVariableData(
        AttributeType attributeType,
        @Required Component component,
        @Required Variable variable) {
}
