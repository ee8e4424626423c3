package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ReadingContextEnumType}. Type of detail value: start, end or sample. Default =
 * "Sample.Periodic"
 */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin")
    INTERRUPTION_BEGIN,
    @JsonProperty("Interruption.End")
    INTERRUPTION_END,
    @JsonProperty("Other")
    OTHER,
    @JsonProperty("Sample.Clock")
    SAMPLE_CLOCK,
    @JsonProperty("Sample.Periodic")
    SAMPLE_PERIODIC,
    @JsonProperty("Transaction.Begin")
    TRANSACTION_BEGIN,
    @JsonProperty("Transaction.End")
    TRANSACTION_END,
    @JsonProperty("Trigger")
    TRIGGER
}
