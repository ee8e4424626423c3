package io.busbar.ocpp201;

import io.busbar.commands.RemoteStart;
import io.busbar.commands.RemoteStartResult;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.IdToken;
import io.busbar.ocpp.v201.IdTokenType;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.RequestStartTransactionRequest;
import io.busbar.ocpp.v201.RequestStartTransactionResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 F01/F02 RequestStartTransaction. The station reports the transaction with this remoteStartId
 * in transactionInfo.remoteStartId; its answer carries the transactionId when one was already running.
 */
@Component("ocpp201RemoteStartMapping")
class RemoteStartMapping implements CommandMapping<RemoteStart, RemoteStartResult, RequestStartTransactionRequest,
        RequestStartTransactionResponse> {
    @Override
    public Class<RemoteStart> command() {
        return RemoteStart.class;
    }

    @Override
    public Action<RequestStartTransactionRequest, RequestStartTransactionResponse> action() {
        return Ocpp201.REQUEST_START_TRANSACTION;
    }

    @Override
    public RequestStartTransactionRequest request(RemoteStart command) {
        IdToken token = new IdToken(null, command.idToken(), switch (command.idTokenType()) {
            case CENTRAL -> IdTokenType.CENTRAL;
            case EMAID -> IdTokenType.E_MAID;
            case ISO14443 -> IdTokenType.ISO14443;
            case ISO15693 -> IdTokenType.ISO15693;
            case KEY_CODE -> IdTokenType.KEY_CODE;
            case LOCAL -> IdTokenType.LOCAL;
            case MAC_ADDRESS -> IdTokenType.MAC_ADDRESS;
            case NO_AUTHORIZATION -> IdTokenType.NO_AUTHORIZATION;
        });
        return new RequestStartTransactionRequest(command.evseId(), null, token, command.remoteStartId(), null);
    }

    @Override
    public RemoteStartResult result(RequestStartTransactionResponse response) {
        var info = response.statusInfo();
        return new RemoteStartResult(Ocpp201Mapping.literal(response.status()), response.transactionId(),
                info == null ? null : info.reasonCode(), info == null ? null : info.additionalInfo());
    }
}
