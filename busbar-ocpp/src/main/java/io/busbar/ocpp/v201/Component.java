package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ComponentType}. A physical or logical component */
public record Component(
        Evse evse,
        @Required @MaxLength(50) String name,
        @MaxLength(50) String instance) {
}
