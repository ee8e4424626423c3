package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MonitoringCriterionEnumType}. */
public enum MonitoringCriterion {
    @JsonProperty("ThresholdMonitoring")
    THRESHOLD_MONITORING,
    @JsonProperty("DeltaMonitoring")
    DELTA_MONITORING,
    @JsonProperty("PeriodicMonitoring")
    PERIODIC_MONITORING
}
