package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ComponentCriterionEnumType}. */
public enum ComponentCriterion {
    @JsonProperty("Active")
    ACTIVE,
    @JsonProperty("Available")
    AVAILABLE,
    @JsonProperty("Enabled")
    ENABLED,
    @JsonProperty("Problem")
    PROBLEM
}
