package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.UnlockConnector;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.UnlockConnectorRequest;
import io.busbar.ocpp.v201.UnlockConnectorResponse;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 F05 UnlockConnector. */
@Component("ocpp201UnlockConnectorMapping")
class UnlockConnectorMapping
        implements CommandMapping<UnlockConnector, CommandStatus, UnlockConnectorRequest, UnlockConnectorResponse> {
    @Override
    public Class<UnlockConnector> command() {
        return UnlockConnector.class;
    }

    @Override
    public Action<UnlockConnectorRequest, UnlockConnectorResponse> action() {
        return Ocpp201.UNLOCK_CONNECTOR;
    }

    @Override
    public UnlockConnectorRequest request(UnlockConnector command) {
        return new UnlockConnectorRequest(command.evseId(), command.connectorId());
    }

    @Override
    public CommandStatus result(UnlockConnectorResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
