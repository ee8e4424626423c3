package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code BootReasonEnumType}. This contains the reason for sending this message to the CSMS. */
public enum BootReason {
    @JsonProperty("ApplicationReset")
    APPLICATION_RESET,
    @JsonProperty("FirmwareUpdate")
    FIRMWARE_UPDATE,
    @JsonProperty("LocalReset")
    LOCAL_RESET,
    @JsonProperty("PowerUp")
    POWER_UP,
    @JsonProperty("RemoteReset")
    REMOTE_RESET,
    @JsonProperty("ScheduledReset")
    SCHEDULED_RESET,
    @JsonProperty("Triggered")
    TRIGGERED,
    @JsonProperty("Unknown")
    UNKNOWN,
    @JsonProperty("Watchdog")
    WATCHDOG
}
