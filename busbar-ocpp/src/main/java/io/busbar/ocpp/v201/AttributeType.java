package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code AttributeEnumType}. Type of attribute: Actual, Target, MinSet, MaxSet. Default is Actual
 * when omitted.
 */
public enum AttributeType {
    @JsonProperty("Actual")
    ACTUAL,
    @JsonProperty("Target")
    TARGET,
    @JsonProperty("MinSet")
    MIN_SET,
    @JsonProperty("MaxSet")
    MAX_SET
}
