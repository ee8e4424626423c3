package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetVariableResultType}. Class to hold results of GetVariables request. */
public record GetVariableResult(
        StatusInfo attributeStatusInfo,
        @Required GetVariableStatus attributeStatus,
        AttributeType attributeType,
        @MaxLength(2500) String attributeValue,
        @Required Component component,
        @Required Variable variable) {
}
