package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Message an ExtendedTriggerMessage asks for (1.6 Security whitepaper, MessageTriggerEnumType). */
public enum ExtendedMessageTrigger {
    @JsonProperty("BootNotification") BOOT_NOTIFICATION,
    @JsonProperty("LogStatusNotification") LOG_STATUS_NOTIFICATION,
    @JsonProperty("FirmwareStatusNotification") FIRMWARE_STATUS_NOTIFICATION,
    @JsonProperty("Heartbeat") HEARTBEAT,
    @JsonProperty("MeterValues") METER_VALUES,
    @JsonProperty("SignChargePointCertificate") SIGN_CHARGE_POINT_CERTIFICATE,
    @JsonProperty("StatusNotification") STATUS_NOTIFICATION
}
