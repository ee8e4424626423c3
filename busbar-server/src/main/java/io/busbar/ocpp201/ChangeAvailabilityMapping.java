package io.busbar.ocpp201;

import io.busbar.commands.ChangeAvailability;
import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ChangeAvailabilityRequest;
import io.busbar.ocpp.v201.ChangeAvailabilityResponse;
import io.busbar.ocpp.v201.Evse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.OperationalStatus;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 G03 (an EVSE, or one of its connectors), G04 (the whole station: no evse). */
@Component("ocpp201ChangeAvailabilityMapping")
class ChangeAvailabilityMapping implements
        CommandMapping<ChangeAvailability, CommandStatus, ChangeAvailabilityRequest, ChangeAvailabilityResponse> {
    @Override
    public Class<ChangeAvailability> command() {
        return ChangeAvailability.class;
    }

    @Override
    public Action<ChangeAvailabilityRequest, ChangeAvailabilityResponse> action() {
        return Ocpp201.CHANGE_AVAILABILITY;
    }

    @Override
    public ChangeAvailabilityRequest request(ChangeAvailability command) {
        Evse evse = command.evseId() == null ? null : new Evse(command.evseId(), command.connectorId());
        return new ChangeAvailabilityRequest(evse,
                command.operative() ? OperationalStatus.OPERATIVE : OperationalStatus.INOPERATIVE);
    }

    @Override
    public CommandStatus result(ChangeAvailabilityResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
