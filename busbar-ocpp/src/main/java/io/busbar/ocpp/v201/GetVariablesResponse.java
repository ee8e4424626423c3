package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code GetVariables} response. */
public record GetVariablesResponse(
        @Required @MinItems(1) List<GetVariableResult> getVariableResult) {
}
