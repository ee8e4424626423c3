package io.busbar.drivers;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandFailure;

import java.time.Instant;

/**
 * The answer to a start from the app, the same for every request under one Idempotency-Key.
 *
 * @param status        the charger's answer (Accepted or Rejected); null when it gave none ({@code failure} says why)
 * @param remoteStartId ties the charger's transaction to this request (OCPP 2.0.1 F01.FR.26)
 * @param commandId     the audit log entry of the RemoteStart; null if it was never sent
 * @param failure       why there is no answer (offline, timeout, CALLERROR), else null
 * @param replayed      true when this is the stored answer to an earlier request with the same key
 */
public record AppStart(ChargerIdentity charger, int evseId, int remoteStartId, String status, String commandId,
                      CommandFailure failure, String failureDetail, Instant requestedAt, boolean replayed) {
    public AppStart replay() {
        return new AppStart(charger, evseId, remoteStartId, status, commandId, failure, failureDetail, requestedAt, true);
    }
}
