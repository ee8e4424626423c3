package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.GetDisplayMessages;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.GetDisplayMessagesRequest;
import io.busbar.ocpp.v201.GetDisplayMessagesResponse;
import io.busbar.ocpp.v201.MessagePriority;
import io.busbar.ocpp.v201.MessageState;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 O03/O04 GetDisplayMessages; the messages follow in NotifyDisplayMessages with the same requestId. */
@Component("ocpp201GetDisplayMessagesMapping")
class GetDisplayMessagesMapping implements
        CommandMapping<GetDisplayMessages, CommandStatus, GetDisplayMessagesRequest, GetDisplayMessagesResponse> {
    @Override
    public Class<GetDisplayMessages> command() {
        return GetDisplayMessages.class;
    }

    @Override
    public Action<GetDisplayMessagesRequest, GetDisplayMessagesResponse> action() {
        return Ocpp201.GET_DISPLAY_MESSAGES;
    }

    @Override
    public GetDisplayMessagesRequest request(GetDisplayMessages command) {
        return new GetDisplayMessagesRequest(command.ids(), command.requestId(),
                DisplayMessageLiterals.parse(MessagePriority.class, "priority", command.priority()),
                DisplayMessageLiterals.parse(MessageState.class, "state", command.state()));
    }

    @Override
    public CommandStatus result(GetDisplayMessagesResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
