package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code BootNotification} request (charging station to CSMS). */
public record BootNotificationRequest(
        @Required ChargingStation chargingStation,
        @Required BootReason reason) {
}
