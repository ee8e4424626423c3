package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.devicemodel.ChangeConfiguration;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ChangeConfigurationRequest;
import io.busbar.ocpp.v16.ChangeConfigurationResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.3 ChangeConfiguration: Accepted, Rejected, RebootRequired or NotSupported. */
@Component("ocpp16ChangeConfigurationMapping")
class ChangeConfigurationMapping implements CommandMapping<ChangeConfiguration, CommandStatus,
        ChangeConfigurationRequest, ChangeConfigurationResponse> {
    @Override
    public Class<ChangeConfiguration> command() {
        return ChangeConfiguration.class;
    }

    @Override
    public Action<ChangeConfigurationRequest, ChangeConfigurationResponse> action() {
        return Ocpp16.CHANGE_CONFIGURATION;
    }

    @Override
    public ChangeConfigurationRequest request(ChangeConfiguration command) {
        return new ChangeConfigurationRequest(command.key(), command.value());
    }

    @Override
    public CommandStatus result(ChangeConfigurationResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
