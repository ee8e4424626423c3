package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.ReserveNowRequest;
import io.busbar.ocpp.v16.ReserveNowResponse;
import io.busbar.reservations.ReserveNow;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §5.13 ReserveNow: EVSE n is connectorId n; no EVSE is connectorId 0, the charger as a whole (only when
 * the charger's ReserveConnectorZeroSupported is true; otherwise it answers Rejected). 1.6 idTags have no type;
 * the group token is the parentIdTag.
 */
@Component("ocpp16ReserveNowMapping")
class ReserveNowMapping implements CommandMapping<ReserveNow, CommandStatus, ReserveNowRequest, ReserveNowResponse> {
    @Override
    public Class<ReserveNow> command() {
        return ReserveNow.class;
    }

    @Override
    public Action<ReserveNowRequest, ReserveNowResponse> action() {
        return Ocpp16.RESERVE_NOW;
    }

    @Override
    public ReserveNowRequest request(ReserveNow command) {
        return new ReserveNowRequest(command.evseId() == null ? 0 : command.evseId(), command.expiresAt(),
                command.idToken(), command.groupIdToken(), command.reservationId());
    }

    @Override
    public CommandStatus result(ReserveNowResponse response) {
        return CommandStatus.of(Ocpp16Mapping.literal(response.status()));
    }
}
