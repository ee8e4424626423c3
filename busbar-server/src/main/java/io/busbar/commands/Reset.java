package io.busbar.commands;

/**
 * Restarts the charger (OCPP 1.6 §5.14 Reset, 2.0.1 B11/B12), or in 2.0.1 only one EVSE ({@code evseId}, B12).
 * {@code kind} defaults to {@link ResetKind#SOFT}. The answer is Accepted, Rejected or (2.0.1, while a transaction
 * runs) Scheduled.
 */
public record Reset(ResetKind kind, Integer evseId) implements ChargerCommand<CommandStatus> {
    public Reset {
        kind = kind == null ? ResetKind.SOFT : kind;
        if (evseId != null && evseId < 1) {
            throw new InvalidCommandException("evseId must be 1 or more (leave it out to reset the whole charger)");
        }
    }
}
