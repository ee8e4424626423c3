package io.busbar.commands;

/**
 * Asks the charger to send one message now (OCPP 1.6 §5.18, 2.0.1 F06), optionally about one EVSE/connector.
 * {@code message} is a message name: BootNotification, Heartbeat, StatusNotification, MeterValues,
 * FirmwareStatusNotification, DiagnosticsStatusNotification (1.6) / LogStatusNotification (2.0.1; on 2.0.1
 * DiagnosticsStatusNotification means LogStatusNotification), and on 2.0.1 also TransactionEvent,
 * SignChargingStationCertificate, SignV2GCertificate, SignCombinedCertificate, PublishFirmwareStatusNotification.
 * A name the charger's version lacks is an {@link InvalidCommandException}. Answers Accepted, Rejected or
 * NotImplemented.
 */
public record TriggerMessage(String message, Integer evseId, Integer connectorId)
        implements ChargerCommand<CommandStatus> {
    public TriggerMessage {
        if (message == null || message.isBlank()) {
            throw new InvalidCommandException("message is required, e.g. StatusNotification");
        }
        message = message.trim();
        if (evseId != null && evseId < 0 || connectorId != null && connectorId < 1) {
            throw new InvalidCommandException("evseId must be 0 or more and connectorId 1 or more");
        }
        if (evseId == null && connectorId != null) {
            throw new InvalidCommandException("connectorId needs an evseId");
        }
    }
}
