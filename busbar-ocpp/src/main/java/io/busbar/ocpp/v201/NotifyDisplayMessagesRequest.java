package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code NotifyDisplayMessages} request (charging station to CSMS). */
public record NotifyDisplayMessagesRequest(
        @MinItems(1) List<MessageInfo> messageInfo,
        @Required Integer requestId,
        Boolean tbc) {
}
