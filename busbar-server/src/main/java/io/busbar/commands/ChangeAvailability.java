package io.busbar.commands;

/**
 * Makes the whole charger ({@code evseId} null), one EVSE, or (2.0.1) one connector of an EVSE operative or
 * inoperative (OCPP 1.6 §5.2, 2.0.1 G03/G04). Answers Accepted, Rejected or Scheduled (a transaction runs there;
 * the change happens when it ends).
 */
public record ChangeAvailability(Integer evseId, Integer connectorId, boolean operative)
        implements ChargerCommand<CommandStatus> {
    public ChangeAvailability {
        if (evseId != null && evseId < 0 || connectorId != null && connectorId < 1) {
            throw new InvalidCommandException("evseId must be 0 or more and connectorId 1 or more");
        }
        if (evseId != null && evseId == 0) {
            // EVSE 0 is the charger itself, as in 1.6 connectorId 0.
            evseId = null;
        }
        if (evseId == null && connectorId != null) {
            throw new InvalidCommandException("connectorId needs an evseId");
        }
    }
}
