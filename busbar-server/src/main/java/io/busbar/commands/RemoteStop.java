package io.busbar.commands;

/**
 * Asks the charger to stop one of its transactions (OCPP 1.6 §5.12 RemoteStopTransaction, 2.0.1 F03
 * RequestStopTransaction). {@code transactionId} as the charger knows it: the integer Busbar issued in 1.6 (a
 * non-numeric id is an {@link InvalidCommandException} there), the charger's own string in 2.0.1.
 */
public record RemoteStop(String transactionId) implements ChargerCommand<CommandStatus> {
    public RemoteStop {
        if (transactionId == null || transactionId.isBlank()) {
            throw new InvalidCommandException("transactionId is required");
        }
    }
}
