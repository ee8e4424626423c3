package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code VariableType}. Reference key to a component-variable. */
public record Variable(
        @Required @MaxLength(50) String name,
        @MaxLength(50) String instance) {
}
