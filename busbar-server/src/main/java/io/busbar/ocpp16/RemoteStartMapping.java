package io.busbar.ocpp16;

import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.RemoteStart;
import io.busbar.commands.RemoteStartResult;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.RemoteStartTransactionRequest;
import io.busbar.ocpp.v16.RemoteStartTransactionResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §5.11 RemoteStartTransaction: the token's value is the idTag (at most 20 characters in 1.6), EVSE n is
 * connectorId n; 1.6 has no remoteStartId, and its answer no transaction id (StartTransaction brings it).
 */
@Component("ocpp16RemoteStartMapping")
class RemoteStartMapping implements CommandMapping<RemoteStart, RemoteStartResult, RemoteStartTransactionRequest,
        RemoteStartTransactionResponse> {
    private static final int MAX_ID_TAG = 20;

    @Override
    public Class<RemoteStart> command() {
        return RemoteStart.class;
    }

    @Override
    public Action<RemoteStartTransactionRequest, RemoteStartTransactionResponse> action() {
        return Ocpp16.REMOTE_START_TRANSACTION;
    }

    @Override
    public RemoteStartTransactionRequest request(RemoteStart command) {
        if (command.idToken().length() > MAX_ID_TAG) {
            throw new InvalidCommandException("An OCPP 1.6 idTag has at most 20 characters");
        }
        return new RemoteStartTransactionRequest(command.evseId(), command.idToken(), null);
    }

    @Override
    public RemoteStartResult result(RemoteStartTransactionResponse response) {
        return new RemoteStartResult(EnumLiterals.literal(response.status()), null, null, null);
    }
}
