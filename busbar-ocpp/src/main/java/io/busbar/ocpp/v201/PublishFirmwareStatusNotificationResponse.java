package io.busbar.ocpp.v201;

/** OCPP 2.0.1 {@code PublishFirmwareStatusNotification} response. */
public record PublishFirmwareStatusNotificationResponse() {
}
