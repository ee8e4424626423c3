package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code TransactionEventEnumType}. This contains the type of this event. The first TransactionEvent
 * of a transaction SHALL contain: "Started" The last TransactionEvent of a transaction SHALL contain: "Ended"
 * All others SHALL contain: "Updated"
 */
public enum TransactionEventType {
    @JsonProperty("Ended")
    ENDED,
    @JsonProperty("Started")
    STARTED,
    @JsonProperty("Updated")
    UPDATED
}
