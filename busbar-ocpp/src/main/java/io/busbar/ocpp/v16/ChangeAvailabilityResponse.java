package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ChangeAvailability.conf (1.6 §6.8). */
public record ChangeAvailabilityResponse(
        @Required AvailabilityStatus status) {
}
