package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code SetVariables} request (CSMS to charging station). */
public record SetVariablesRequest(
        @Required @MinItems(1) List<SetVariableData> setVariableData) {
}
