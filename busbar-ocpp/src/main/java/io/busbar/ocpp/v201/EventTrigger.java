package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code EventTriggerEnumType}. Type of monitor that triggered this event, e.g. exceeding a threshold
 * value.
 */
public enum EventTrigger {
    @JsonProperty("Alerting")
    ALERTING,
    @JsonProperty("Delta")
    DELTA,
    @JsonProperty("Periodic")
    PERIODIC
}
