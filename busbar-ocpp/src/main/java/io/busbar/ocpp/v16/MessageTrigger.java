package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Message a TriggerMessage asks for. */
public enum MessageTrigger {
    @JsonProperty("BootNotification") BOOT_NOTIFICATION,
    @JsonProperty("DiagnosticsStatusNotification") DIAGNOSTICS_STATUS_NOTIFICATION,
    @JsonProperty("FirmwareStatusNotification") FIRMWARE_STATUS_NOTIFICATION,
    @JsonProperty("Heartbeat") HEARTBEAT,
    @JsonProperty("MeterValues") METER_VALUES,
    @JsonProperty("StatusNotification") STATUS_NOTIFICATION
}
