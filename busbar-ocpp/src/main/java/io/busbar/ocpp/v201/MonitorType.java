package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MonitorEnumType}. The type of this monitor, e.g. a threshold, delta or periodic monitor. */
public enum MonitorType {
    @JsonProperty("UpperThreshold")
    UPPER_THRESHOLD,
    @JsonProperty("LowerThreshold")
    LOWER_THRESHOLD,
    @JsonProperty("Delta")
    DELTA,
    @JsonProperty("Periodic")
    PERIODIC,
    @JsonProperty("PeriodicClockAligned")
    PERIODIC_CLOCK_ALIGNED
}
