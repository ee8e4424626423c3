package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** CancelReservation.conf (1.6 §6.6). */
public record CancelReservationResponse(
        @Required CancelReservationStatus status) {
}
