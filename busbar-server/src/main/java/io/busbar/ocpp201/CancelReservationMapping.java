package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.CancelReservationRequest;
import io.busbar.ocpp.v201.CancelReservationResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.reservations.CancelReservation;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 H02 CancelReservation. */
@Component("ocpp201CancelReservationMapping")
class CancelReservationMapping implements CommandMapping<CancelReservation, CommandStatus, CancelReservationRequest,
        CancelReservationResponse> {
    @Override
    public Class<CancelReservation> command() {
        return CancelReservation.class;
    }

    @Override
    public Action<CancelReservationRequest, CancelReservationResponse> action() {
        return Ocpp201.CANCEL_RESERVATION;
    }

    @Override
    public CancelReservationRequest request(CancelReservation command) {
        return new CancelReservationRequest(command.reservationId());
    }

    @Override
    public CommandStatus result(CancelReservationResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
