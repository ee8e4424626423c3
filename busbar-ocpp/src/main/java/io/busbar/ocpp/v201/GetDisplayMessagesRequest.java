package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code GetDisplayMessages} request (CSMS to charging station). */
public record GetDisplayMessagesRequest(
        @MinItems(1) List<Integer> id,
        @Required Integer requestId,
        MessagePriority priority,
        MessageState state) {
}
