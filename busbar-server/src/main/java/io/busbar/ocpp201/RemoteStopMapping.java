package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.RemoteStop;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.RequestStopTransactionRequest;
import io.busbar.ocpp.v201.RequestStopTransactionResponse;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 F03 RequestStopTransaction: the transactionId is the station's own (at most 36 characters). */
@Component("ocpp201RemoteStopMapping")
class RemoteStopMapping implements
        CommandMapping<RemoteStop, CommandStatus, RequestStopTransactionRequest, RequestStopTransactionResponse> {
    @Override
    public Class<RemoteStop> command() {
        return RemoteStop.class;
    }

    @Override
    public Action<RequestStopTransactionRequest, RequestStopTransactionResponse> action() {
        return Ocpp201.REQUEST_STOP_TRANSACTION;
    }

    @Override
    public RequestStopTransactionRequest request(RemoteStop command) {
        return new RequestStopTransactionRequest(command.transactionId());
    }

    @Override
    public CommandStatus result(RequestStopTransactionResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
