package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** CancelReservation.req (1.6 §6.5). */
public record CancelReservationRequest(
        @Required Integer reservationId) {
}
