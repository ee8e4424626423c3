package io.busbar.sessions;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;

/**
 * Something happened during a transaction (2.0.1 TransactionEvent Updated). Creates the session if its start
 * was never seen. {@code sequenceNumber} (2.0.1 seqNo) orders events; a stale event still adds its readings
 * but never moves the state backwards. Null fields mean "not reported".
 */
public record UpdateSession(ChargerIdentity charger, SessionRef ref, Instant timestamp, Long sequenceNumber,
                            Integer evseId, Integer connectorId, IdToken idToken, String chargingState,
                            List<MeterReading> readings) {
}
