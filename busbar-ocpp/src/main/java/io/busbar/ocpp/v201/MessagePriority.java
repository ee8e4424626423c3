package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MessagePriorityEnumType}. With what priority should this message be shown */
public enum MessagePriority {
    @JsonProperty("AlwaysFront")
    ALWAYS_FRONT,
    @JsonProperty("InFront")
    IN_FRONT,
    @JsonProperty("NormalCycle")
    NORMAL_CYCLE
}
