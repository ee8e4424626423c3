package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ChangeAvailability} response. */
public record ChangeAvailabilityResponse(
        @Required ChangeAvailabilityStatus status,
        StatusInfo statusInfo) {
}
