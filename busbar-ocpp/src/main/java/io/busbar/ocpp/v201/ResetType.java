package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code ResetEnumType}. This contains the type of reset that the Charging Station or EVSE should
 * perform.
 */
public enum ResetType {
    @JsonProperty("Immediate")
    IMMEDIATE,
    @JsonProperty("OnIdle")
    ON_IDLE
}
