package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/**
 * OCPP 2.0.1 {@code PublishFirmwareStatusNotification} request (charging station to CSMS). {@code location}: each URI
 * is at most 512 characters (schema items.maxLength).
 */
public record PublishFirmwareStatusNotificationRequest(
        @Required PublishFirmwareStatus status,
        @MinItems(1) @MaxLength(512) List<String> location,
        Integer requestId) {
}
