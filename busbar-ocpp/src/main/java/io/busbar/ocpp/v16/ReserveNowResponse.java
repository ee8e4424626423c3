package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

/** ReserveNow.conf (1.6 §6.38). */
public record ReserveNowResponse(
        @Required ReservationStatus status) {
}
