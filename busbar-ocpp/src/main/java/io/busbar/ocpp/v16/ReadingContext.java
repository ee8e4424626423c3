package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a sampled value was taken. */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin") INTERRUPTION_BEGIN,
    @JsonProperty("Interruption.End") INTERRUPTION_END,
    @JsonProperty("Sample.Clock") SAMPLE_CLOCK,
    @JsonProperty("Sample.Periodic") SAMPLE_PERIODIC,
    @JsonProperty("Transaction.Begin") TRANSACTION_BEGIN,
    @JsonProperty("Transaction.End") TRANSACTION_END,
    @JsonProperty("Trigger") TRIGGER,
    @JsonProperty("Other") OTHER
}
