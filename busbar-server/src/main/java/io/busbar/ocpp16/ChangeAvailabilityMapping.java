package io.busbar.ocpp16;

import io.busbar.commands.ChangeAvailability;
import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.AvailabilityType;
import io.busbar.ocpp.v16.ChangeAvailabilityRequest;
import io.busbar.ocpp.v16.ChangeAvailabilityResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.2 ChangeAvailability: the whole charger is connectorId 0. */
@Component("ocpp16ChangeAvailabilityMapping")
class ChangeAvailabilityMapping implements
        CommandMapping<ChangeAvailability, CommandStatus, ChangeAvailabilityRequest, ChangeAvailabilityResponse> {
    @Override
    public Class<ChangeAvailability> command() {
        return ChangeAvailability.class;
    }

    @Override
    public Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> action() {
        return Ocpp16.CHANGE_AVAILABILITY;
    }

    @Override
    public ChangeAvailabilityRequest request(ChangeAvailability command) {
        return new ChangeAvailabilityRequest(Ocpp16ConnectorIds.connectorId(command.evseId(), command.connectorId()),
                command.operative() ? AvailabilityType.OPERATIVE : AvailabilityType.INOPERATIVE);
    }

    @Override
    public CommandStatus result(ChangeAvailabilityResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
