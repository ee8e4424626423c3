package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a BootNotification. */
public enum RegistrationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Pending") PENDING,
    @JsonProperty("Rejected") REJECTED
}
