package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a ChangeConfiguration. */
public enum ConfigurationStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("RebootRequired") REBOOT_REQUIRED,
    @JsonProperty("NotSupported") NOT_SUPPORTED
}
