package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ReservationStatusUpdate} request (charging station to CSMS). */
public record ReservationStatusUpdateRequest(
        @Required Integer reservationId,
        @Required ReservationUpdateStatus reservationUpdateStatus) {
}
