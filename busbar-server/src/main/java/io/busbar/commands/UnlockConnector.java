package io.busbar.commands;

/**
 * Releases the cable lock of one connector (OCPP 1.6 §5.17, 2.0.1 F05). Answers Unlocked, UnlockFailed,
 * NotSupported (1.6), OngoingAuthorizedTransaction or UnknownConnector (2.0.1).
 */
public record UnlockConnector(int evseId, int connectorId) implements ChargerCommand<CommandStatus> {
    public UnlockConnector {
        if (evseId < 1 || connectorId < 1) {
            throw new InvalidCommandException("evseId and connectorId must be 1 or more");
        }
    }
}
