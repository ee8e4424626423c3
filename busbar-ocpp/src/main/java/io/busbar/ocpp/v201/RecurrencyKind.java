package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code RecurrencyKindEnumType}. Indicates the start point of a recurrence. */
public enum RecurrencyKind {
    @JsonProperty("Daily")
    DAILY,
    @JsonProperty("Weekly")
    WEEKLY
}
