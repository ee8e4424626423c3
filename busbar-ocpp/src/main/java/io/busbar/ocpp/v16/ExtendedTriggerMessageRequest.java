package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ExtendedTriggerMessage.req (1.6 Security whitepaper). */
public record ExtendedTriggerMessageRequest(
        @Required ExtendedMessageTrigger requestedMessage,
        Integer connectorId) {
}
