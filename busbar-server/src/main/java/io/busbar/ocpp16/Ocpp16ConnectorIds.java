package io.busbar.ocpp16;

import io.busbar.commands.InvalidCommandException;

/**
 * Version-neutral EVSE/connector ids as a 1.6 connectorId (ARCHITECTURE.md): EVSE n is connectorId n with its one
 * connector 1; no EVSE (null or 0) is connectorId 0, the charge point itself.
 */
final class Ocpp16ConnectorIds {
    private Ocpp16ConnectorIds() {
    }

    static int connectorId(Integer evseId, Integer connectorId) {
        if (connectorId != null && connectorId != 1) {
            throw new InvalidCommandException("An OCPP 1.6 charger has one connector per EVSE: connectorId must be 1"
                    + " or absent, was " + connectorId);
        }
        return evseId == null ? 0 : evseId;
    }
}
