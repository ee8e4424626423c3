package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a sampled value is plain or signed. */
public enum ValueFormat {
    @JsonProperty("Raw") RAW,
    @JsonProperty("SignedData") SIGNED_DATA
}
