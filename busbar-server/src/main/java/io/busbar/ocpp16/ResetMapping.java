package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.Reset;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.ResetRequest;
import io.busbar.ocpp.v16.ResetResponse;
import io.busbar.ocpp.v16.ResetType;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.14 Reset: SOFT is Soft, HARD is Hard; 1.6 resets only the whole charge point. */
@Component("ocpp16ResetMapping")
class ResetMapping implements CommandMapping<Reset, CommandStatus, ResetRequest, ResetResponse> {
    @Override
    public Class<Reset> command() {
        return Reset.class;
    }

    @Override
    public Action<ResetRequest, ResetResponse> action() {
        return Ocpp16.RESET;
    }

    @Override
    public ResetRequest request(Reset command) {
        if (command.evseId() != null) {
            throw new InvalidCommandException("OCPP 1.6 cannot reset one EVSE; leave evseId out to reset the charger");
        }
        return new ResetRequest(switch (command.kind()) {
            case SOFT -> ResetType.SOFT;
            case HARD -> ResetType.HARD;
        });
    }

    @Override
    public CommandStatus result(ResetResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
