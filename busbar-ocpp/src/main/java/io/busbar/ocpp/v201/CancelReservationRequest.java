package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CancelReservation} request (CSMS to charging station). */
public record CancelReservationRequest(
        @Required Integer reservationId) {
}
