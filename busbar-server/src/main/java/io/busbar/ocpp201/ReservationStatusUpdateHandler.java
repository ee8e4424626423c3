package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.ReservationStatusUpdateRequest;
import io.busbar.ocpp.v201.ReservationStatusUpdateResponse;
import io.busbar.reservations.ReservationStatus;
import io.busbar.reservations.Reservations;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * H04: the station ends a reservation by itself, Expired or Removed. Kept as a charger notification
 * as before, and the reservation follows.
 */
@Component("ocpp201ReservationStatusUpdate")
class ReservationStatusUpdateHandler
        implements InboundHandler<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse> {
    private final NotificationRecorder recorder;
    private final Reservations reservations;
    private final Clock clock;

    ReservationStatusUpdateHandler(NotificationRecorder recorder, Reservations reservations, Clock clock) {
        this.recorder = recorder;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    public Action<ReservationStatusUpdateRequest, ReservationStatusUpdateResponse> action() {
        return Ocpp201.RESERVATION_STATUS_UPDATE;
    }

    @Override
    public ReservationStatusUpdateResponse handle(ChargerContext charger, ReservationStatusUpdateRequest request) {
        recorder.record(charger, ChargerNotification.Type.RESERVATION_STATUS, null, request);
        reservations.endedByCharger(Ocpp201Mapping.identity(charger), request.reservationId(),
                switch (request.reservationUpdateStatus()) {
                    case EXPIRED -> ReservationStatus.EXPIRED;
                    case REMOVED -> ReservationStatus.REMOVED;
                }, clock.instant());
        return new ReservationStatusUpdateResponse();
    }
}
