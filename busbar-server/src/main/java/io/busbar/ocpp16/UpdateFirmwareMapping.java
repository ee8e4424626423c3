package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.diagnostics.UpdateFirmware;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.UpdateFirmwareRequest;
import io.busbar.ocpp.v16.UpdateFirmwareResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §5.16 UpdateFirmware. UpdateFirmware.conf has no fields: receiving it means the charge point took the
 * request, so it reads as Accepted. Install time, signing certificate and signature have no place in 1.6 core.
 */
@Component("ocpp16UpdateFirmwareMapping")
class UpdateFirmwareMapping implements CommandMapping<UpdateFirmware, CommandStatus, UpdateFirmwareRequest, UpdateFirmwareResponse> {
    @Override
    public Class<UpdateFirmware> command() {
        return UpdateFirmware.class;
    }

    @Override
    public Action<UpdateFirmwareRequest, UpdateFirmwareResponse> action() {
        return Ocpp16.UPDATE_FIRMWARE;
    }

    @Override
    public UpdateFirmwareRequest request(UpdateFirmware command) {
        if (command.installAt() != null || command.signed()) {
            throw new InvalidCommandException(
                    "installAt, signingCertificate and signature need an OCPP 2.0.1 charger (secure firmware update)");
        }
        return new UpdateFirmwareRequest(command.location(), command.retries(), command.retrieveAt(),
                command.retryIntervalSeconds());
    }

    @Override
    public CommandStatus result(UpdateFirmwareResponse response) {
        return CommandStatus.of(CommandStatus.ACCEPTED);
    }
}
