package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code PhaseEnumType}. Indicates how the measured value is to be interpreted. For instance between
 * L1 and neutral (L1-N) Please note that not all values of phase are applicable to all Measurands. When phase is
 * absent, the measured value is interpreted as an overall value.
 */
public enum Phase {
    @JsonProperty("L1")
    L1,
    @JsonProperty("L2")
    L2,
    @JsonProperty("L3")
    L3,
    @JsonProperty("N")
    N,
    @JsonProperty("L1-N")
    L1_N,
    @JsonProperty("L2-N")
    L2_N,
    @JsonProperty("L3-N")
    L3_N,
    @JsonProperty("L1-L2")
    L1_L2,
    @JsonProperty("L2-L3")
    L2_L3,
    @JsonProperty("L3-L1")
    L3_L1
}
