package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Requested availability of a connector. */
public enum AvailabilityType {
    @JsonProperty("Inoperative") INOPERATIVE,
    @JsonProperty("Operative") OPERATIVE
}
