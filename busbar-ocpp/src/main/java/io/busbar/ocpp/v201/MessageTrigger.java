package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MessageTriggerEnumType}. Type of message to be triggered. */
public enum MessageTrigger {
    @JsonProperty("BootNotification")
    BOOT_NOTIFICATION,
    @JsonProperty("LogStatusNotification")
    LOG_STATUS_NOTIFICATION,
    @JsonProperty("FirmwareStatusNotification")
    FIRMWARE_STATUS_NOTIFICATION,
    @JsonProperty("Heartbeat")
    HEARTBEAT,
    @JsonProperty("MeterValues")
    METER_VALUES,
    @JsonProperty("SignChargingStationCertificate")
    SIGN_CHARGING_STATION_CERTIFICATE,
    @JsonProperty("SignV2GCertificate")
    SIGN_V2G_CERTIFICATE,
    @JsonProperty("StatusNotification")
    STATUS_NOTIFICATION,
    @JsonProperty("TransactionEvent")
    TRANSACTION_EVENT,
    @JsonProperty("SignCombinedCertificate")
    SIGN_COMBINED_CERTIFICATE,
    @JsonProperty("PublishFirmwareStatusNotification")
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION
}
