package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.RemoteStop;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.RemoteStopTransactionRequest;
import io.busbar.ocpp.v16.RemoteStopTransactionResponse;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.12 RemoteStopTransaction: the transactionId is the integer Busbar issued at StartTransaction. */
@Component("ocpp16RemoteStopMapping")
class RemoteStopMapping
        implements CommandMapping<RemoteStop, CommandStatus, RemoteStopTransactionRequest, RemoteStopTransactionResponse> {
    @Override
    public Class<RemoteStop> command() {
        return RemoteStop.class;
    }

    @Override
    public Action<RemoteStopTransactionRequest, RemoteStopTransactionResponse> action() {
        return Ocpp16.REMOTE_STOP_TRANSACTION;
    }

    @Override
    public RemoteStopTransactionRequest request(RemoteStop command) {
        try {
            return new RemoteStopTransactionRequest(Integer.valueOf(command.transactionId().trim()));
        } catch (NumberFormatException e) {
            throw new InvalidCommandException("An OCPP 1.6 transactionId is an integer, not " + command.transactionId(), e);
        }
    }

    @Override
    public CommandStatus result(RemoteStopTransactionResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
