package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code EventNotificationEnumType}. Specifies the event notification type of the message. */
public enum EventNotification {
    @JsonProperty("HardWiredNotification")
    HARD_WIRED_NOTIFICATION,
    @JsonProperty("HardWiredMonitor")
    HARD_WIRED_MONITOR,
    @JsonProperty("PreconfiguredMonitor")
    PRECONFIGURED_MONITOR,
    @JsonProperty("CustomMonitor")
    CUSTOM_MONITOR
}
