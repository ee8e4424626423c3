package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SetVariableResultType}. */
public record SetVariableResult(
        AttributeType attributeType,
        @Required SetVariableStatus attributeStatus,
        StatusInfo attributeStatusInfo,
        @Required Component component,
        @Required Variable variable) {
}
