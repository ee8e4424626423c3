package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.Reset;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.ResetRequest;
import io.busbar.ocpp.v201.ResetResponse;
import io.busbar.ocpp.v201.ResetType;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 B11/B12 Reset: SOFT is OnIdle, HARD is Immediate; evseId resets one EVSE (B12). */
@Component("ocpp201ResetMapping")
class ResetMapping implements CommandMapping<Reset, CommandStatus, ResetRequest, ResetResponse> {
    @Override
    public Class<Reset> command() {
        return Reset.class;
    }

    @Override
    public Action<ResetRequest, ResetResponse> action() {
        return Ocpp201.RESET;
    }

    @Override
    public ResetRequest request(Reset command) {
        return new ResetRequest(switch (command.kind()) {
            case SOFT -> ResetType.ON_IDLE;
            case HARD -> ResetType.IMMEDIATE;
        }, command.evseId());
    }

    @Override
    public CommandStatus result(ResetResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
