package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.SetDisplayMessage;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.MessageContent;
import io.busbar.ocpp.v201.MessageFormat;
import io.busbar.ocpp.v201.MessageInfo;
import io.busbar.ocpp.v201.MessagePriority;
import io.busbar.ocpp.v201.MessageState;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.SetDisplayMessageRequest;
import io.busbar.ocpp.v201.SetDisplayMessageResponse;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 O01/O02 SetDisplayMessage (1.6 has no mapping: 422 there). */
@Component("ocpp201SetDisplayMessageMapping")
class SetDisplayMessageMapping
        implements CommandMapping<SetDisplayMessage, CommandStatus, SetDisplayMessageRequest, SetDisplayMessageResponse> {
    @Override
    public Class<SetDisplayMessage> command() {
        return SetDisplayMessage.class;
    }

    @Override
    public Action<SetDisplayMessageRequest, SetDisplayMessageResponse> action() {
        return Ocpp201.SET_DISPLAY_MESSAGE;
    }

    @Override
    public SetDisplayMessageRequest request(SetDisplayMessage command) {
        MessageContent content = new MessageContent(
                DisplayMessageLiterals.parse(MessageFormat.class, "format", command.format()), command.language(),
                command.content());
        return new SetDisplayMessageRequest(new MessageInfo(DisplayMessageLiterals.display(command.evseId()),
                command.id(), DisplayMessageLiterals.parse(MessagePriority.class, "priority", command.priority()),
                DisplayMessageLiterals.parse(MessageState.class, "state", command.state()), command.startDateTime(),
                command.endDateTime(), command.transactionId(), content));
    }

    @Override
    public CommandStatus result(SetDisplayMessageResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
