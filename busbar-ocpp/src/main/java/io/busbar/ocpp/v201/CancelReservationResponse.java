package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CancelReservation} response. */
public record CancelReservationResponse(
        @Required CancelReservationStatus status,
        StatusInfo statusInfo) {
}
