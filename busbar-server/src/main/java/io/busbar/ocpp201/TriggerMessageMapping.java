package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.TriggerMessage;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v201.Evse;
import io.busbar.ocpp.v201.MessageTrigger;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.TriggerMessageRequest;
import io.busbar.ocpp.v201.TriggerMessageResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 F06 TriggerMessage: the neutral names are the 2.0.1 MessageTriggerEnumType literals;
 * DiagnosticsStatusNotification (1.6) means LogStatusNotification, its 2.0.1 successor.
 */
@Component("ocpp201TriggerMessageMapping")
class TriggerMessageMapping
        implements CommandMapping<TriggerMessage, CommandStatus, TriggerMessageRequest, TriggerMessageResponse> {
    private static final EnumLiterals<MessageTrigger> TRIGGERS = EnumLiterals.of(MessageTrigger.class);

    @Override
    public Class<TriggerMessage> command() {
        return TriggerMessage.class;
    }

    @Override
    public Action<TriggerMessageRequest, TriggerMessageResponse> action() {
        return Ocpp201.TRIGGER_MESSAGE;
    }

    @Override
    public TriggerMessageRequest request(TriggerMessage command) {
        String name = "DiagnosticsStatusNotification".equals(command.message()) ? "LogStatusNotification"
                : command.message();
        MessageTrigger trigger = TRIGGERS.find(name).orElseThrow(() -> new InvalidCommandException(
                "OCPP 2.0.1 cannot trigger " + command.message() + "; it can trigger " + String.join(", ",
                        TRIGGERS.literals())));
        Evse evse = command.evseId() == null ? null : new Evse(command.evseId(), command.connectorId());
        return new TriggerMessageRequest(evse, trigger);
    }

    @Override
    public CommandStatus result(TriggerMessageResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
