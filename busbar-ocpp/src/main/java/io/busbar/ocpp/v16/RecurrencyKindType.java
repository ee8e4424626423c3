package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Period of a recurring charging profile. */
public enum RecurrencyKindType {
    @JsonProperty("Daily") DAILY,
    @JsonProperty("Weekly") WEEKLY
}
