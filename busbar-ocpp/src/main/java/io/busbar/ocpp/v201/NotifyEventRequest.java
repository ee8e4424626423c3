package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 {@code NotifyEvent} request (charging station to CSMS). */
public record NotifyEventRequest(
        @Required Instant generatedAt,
        Boolean tbc,
        @Required Integer seqNo,
        @Required @MinItems(1) List<EventData> eventData) {
}
