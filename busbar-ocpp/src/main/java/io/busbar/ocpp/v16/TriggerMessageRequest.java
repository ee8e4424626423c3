package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** TriggerMessage.req (1.6 §6.51). */
public record TriggerMessageRequest(
        @Required MessageTrigger requestedMessage,
        Integer connectorId) {
}
