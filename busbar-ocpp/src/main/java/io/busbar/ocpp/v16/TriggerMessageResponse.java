package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** TriggerMessage.conf (1.6 §6.52). */
public record TriggerMessageResponse(
        @Required TriggerMessageStatus status) {
}
