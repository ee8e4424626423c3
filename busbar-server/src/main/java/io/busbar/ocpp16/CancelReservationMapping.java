package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.CancelReservationRequest;
import io.busbar.ocpp.v16.CancelReservationResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.reservations.CancelReservation;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.1 CancelReservation. */
@Component("ocpp16CancelReservationMapping")
class CancelReservationMapping implements CommandMapping<CancelReservation, CommandStatus, CancelReservationRequest,
        CancelReservationResponse> {
    @Override
    public Class<CancelReservation> command() {
        return CancelReservation.class;
    }

    @Override
    public Action<CancelReservationRequest, CancelReservationResponse> action() {
        return Ocpp16.CANCEL_RESERVATION;
    }

    @Override
    public CancelReservationRequest request(CancelReservation command) {
        return new CancelReservationRequest(command.reservationId());
    }

    @Override
    public CommandStatus result(CancelReservationResponse response) {
        return CommandStatus.of(Ocpp16Mapping.literal(response.status()));
    }
}
