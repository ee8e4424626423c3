package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/**
 * OCPP 2.0.1 {@code ComponentVariableType}. Class to report components, variables and variable attributes and
 * characteristics.
 */
public record ComponentVariable(
        @Required Component component,
        Variable variable) {
}
