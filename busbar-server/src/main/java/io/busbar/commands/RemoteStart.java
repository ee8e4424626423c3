package io.busbar.commands;

import io.busbar.authorization.IdTokenType;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Asks the charger to start a transaction for a token (OCPP 1.6 §5.11 RemoteStartTransaction, 2.0.1 F01/F02
 * RequestStartTransaction), on one EVSE or (null) one the charger picks. {@code idTokenType} defaults to ISO14443
 * (1.6 sends only the value). {@code remoteStartId} ties the 2.0.1 TransactionEvent to this request; when absent
 * Busbar draws one here, so that the audit log and any retry carry the same id (1.6 has none and ignores it).
 */
public record RemoteStart(String idToken, IdTokenType idTokenType, Integer evseId, Integer remoteStartId)
        implements ChargerCommand<RemoteStartResult> {
    public RemoteStart {
        if (idToken == null || idToken.isBlank()) {
            throw new InvalidCommandException("idToken is required");
        }
        if (evseId != null && evseId < 1) {
            throw new InvalidCommandException("evseId must be 1 or more (leave it out to let the charger choose)");
        }
        idTokenType = idTokenType == null ? IdTokenType.ISO14443 : idTokenType;
        remoteStartId = remoteStartId == null ? ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE) : remoteStartId;
    }
}
