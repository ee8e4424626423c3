package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ChangeAvailability.req (1.6 §6.7); connectorId 0 is the whole charge point. */
public record ChangeAvailabilityRequest(
        @Required Integer connectorId,
        @Required AvailabilityType type) {
}
