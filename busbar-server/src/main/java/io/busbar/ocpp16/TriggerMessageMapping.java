package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.TriggerMessage;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.MessageTrigger;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.TriggerMessageRequest;
import io.busbar.ocpp.v16.TriggerMessageResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §5.18 TriggerMessage: the neutral message names are the 1.6 MessageTrigger literals. The security
 * whitepaper's messages (LogStatusNotification, SignChargePointCertificate...) need ExtendedTriggerMessage and are
 * refused here.
 */
@Component("ocpp16TriggerMessageMapping")
class TriggerMessageMapping
        implements CommandMapping<TriggerMessage, CommandStatus, TriggerMessageRequest, TriggerMessageResponse> {
    private static final EnumLiterals<MessageTrigger> TRIGGERS = EnumLiterals.of(MessageTrigger.class);

    @Override
    public Class<TriggerMessage> command() {
        return TriggerMessage.class;
    }

    @Override
    public Action<TriggerMessageRequest, TriggerMessageResponse> action() {
        return Ocpp16.TRIGGER_MESSAGE;
    }

    @Override
    public TriggerMessageRequest request(TriggerMessage command) {
        MessageTrigger trigger = TRIGGERS.find(command.message()).orElseThrow(() -> new InvalidCommandException(
                "OCPP 1.6 cannot trigger " + command.message() + "; it can trigger " + String.join(", ",
                        TRIGGERS.literals())));
        Integer connectorId = command.evseId() == null ? null
                : Ocpp16ConnectorIds.connectorId(command.evseId(), command.connectorId());
        return new TriggerMessageRequest(trigger, connectorId);
    }

    @Override
    public CommandStatus result(TriggerMessageResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
