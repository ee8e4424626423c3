package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ExtendedTriggerMessage.conf (1.6 Security whitepaper). */
public record ExtendedTriggerMessageResponse(
        @Required TriggerMessageStatus status) {
}
