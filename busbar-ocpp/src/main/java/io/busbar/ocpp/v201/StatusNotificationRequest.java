package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code StatusNotification} request (charging station to CSMS). */
public record StatusNotificationRequest(
        @Required Instant timestamp,
        @Required ConnectorStatus connectorStatus,
        @Required Integer evseId,
        @Required Integer connectorId) {
}
