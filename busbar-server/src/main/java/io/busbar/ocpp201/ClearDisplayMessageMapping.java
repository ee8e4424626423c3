package io.busbar.ocpp201;

import io.busbar.commands.ClearDisplayMessage;
import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ClearDisplayMessageRequest;
import io.busbar.ocpp.v201.ClearDisplayMessageResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 O05 ClearDisplayMessage. */
@Component("ocpp201ClearDisplayMessageMapping")
class ClearDisplayMessageMapping implements
        CommandMapping<ClearDisplayMessage, CommandStatus, ClearDisplayMessageRequest, ClearDisplayMessageResponse> {
    @Override
    public Class<ClearDisplayMessage> command() {
        return ClearDisplayMessage.class;
    }

    @Override
    public Action<ClearDisplayMessageRequest, ClearDisplayMessageResponse> action() {
        return Ocpp201.CLEAR_DISPLAY_MESSAGE;
    }

    @Override
    public ClearDisplayMessageRequest request(ClearDisplayMessage command) {
        return new ClearDisplayMessageRequest(command.id());
    }

    @Override
    public CommandStatus result(ClearDisplayMessageResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
