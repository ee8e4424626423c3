package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.diagnostics.UpdateFirmware;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.Firmware;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.UpdateFirmwareRequest;
import io.busbar.ocpp.v201.UpdateFirmwareResponse;
import org.springframework.stereotype.Component;

/**
 * OCPP 2.0.1 L01/L02 UpdateFirmware; with signingCertificate and signature it is the secure firmware update (L01).
 * Answers: Accepted, Rejected, AcceptedCanceled (an ongoing update was canceled), InvalidCertificate,
 * RevokedCertificate (L01.FR.02/.03).
 */
@Component("ocpp201UpdateFirmwareMapping")
class UpdateFirmwareMapping implements CommandMapping<UpdateFirmware, CommandStatus, UpdateFirmwareRequest, UpdateFirmwareResponse> {
    @Override
    public Class<UpdateFirmware> command() {
        return UpdateFirmware.class;
    }

    @Override
    public Action<UpdateFirmwareRequest, UpdateFirmwareResponse> action() {
        return Ocpp201.UPDATE_FIRMWARE;
    }

    @Override
    public UpdateFirmwareRequest request(UpdateFirmware command) {
        return new UpdateFirmwareRequest(command.retries(), command.retryIntervalSeconds(), command.requestId(),
                new Firmware(command.location(), command.retrieveAt(), command.installAt(),
                        command.signingCertificate(), command.signature()));
    }

    @Override
    public CommandStatus result(UpdateFirmwareResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
