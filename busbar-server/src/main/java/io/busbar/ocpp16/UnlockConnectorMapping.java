package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.UnlockConnector;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.UnlockConnectorRequest;
import io.busbar.ocpp.v16.UnlockConnectorResponse;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.17 UnlockConnector: EVSE n, connector 1 is connectorId n. */
@Component("ocpp16UnlockConnectorMapping")
class UnlockConnectorMapping
        implements CommandMapping<UnlockConnector, CommandStatus, UnlockConnectorRequest, UnlockConnectorResponse> {
    @Override
    public Class<UnlockConnector> command() {
        return UnlockConnector.class;
    }

    @Override
    public Action<UnlockConnectorRequest, UnlockConnectorResponse> action() {
        return Ocpp16.UNLOCK_CONNECTOR;
    }

    @Override
    public UnlockConnectorRequest request(UnlockConnector command) {
        return new UnlockConnectorRequest(Ocpp16ConnectorIds.connectorId(command.evseId(), command.connectorId()));
    }

    @Override
    public CommandStatus result(UnlockConnectorResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
