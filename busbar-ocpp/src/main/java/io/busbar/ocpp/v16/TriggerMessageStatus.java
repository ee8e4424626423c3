package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a (Extended)TriggerMessage. */
public enum TriggerMessageStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("NotImplemented") NOT_IMPLEMENTED
}
