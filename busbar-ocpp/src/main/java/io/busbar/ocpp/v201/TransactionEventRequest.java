package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** OCPP 2.0.1 {@code TransactionEvent} request (charging station to CSMS). */
public record TransactionEventRequest(
        @Required TransactionEventType eventType,
        @MinItems(1) List<MeterValue> meterValue,
        @Required Instant timestamp,
        @Required TriggerReason triggerReason,
        @Required Integer seqNo,
        Boolean offline,
        Integer numberOfPhasesUsed,
        Integer cableMaxCurrent,
        Integer reservationId,
        @Required Transaction transactionInfo,
        Evse evse,
        IdToken idToken) {
}
