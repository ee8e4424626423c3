package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.ReserveNowRequest;
import io.busbar.ocpp.v201.ReserveNowResponse;
import io.busbar.reservations.ReserveNow;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 H01 ReserveNow: no evseId reserves an unspecified EVSE (the station must have
 * ReservationNonEvseSpecific). The group token is sent as type Central, as Busbar issues groups itself.
 */
@Component("ocpp201ReserveNowMapping")
class ReserveNowMapping implements CommandMapping<ReserveNow, CommandStatus, ReserveNowRequest, ReserveNowResponse> {
    @Override
    public Class<ReserveNow> command() {
        return ReserveNow.class;
    }

    @Override
    public Action<ReserveNowRequest, ReserveNowResponse> action() {
        return Ocpp201.RESERVE_NOW;
    }

    @Override
    public ReserveNowRequest request(ReserveNow command) {
        return new ReserveNowRequest(command.reservationId(), command.expiresAt(), null,
                IdTokenTypes.idToken(command.idToken(), command.idTokenType()), command.evseId(),
                command.groupIdToken() == null ? null : IdTokenTypes.idToken(command.groupIdToken(), "CENTRAL"));
    }

    @Override
    public CommandStatus result(ReserveNowResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
