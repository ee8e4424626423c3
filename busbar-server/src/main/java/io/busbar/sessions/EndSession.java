package io.busbar.sessions;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.time.Instant;
import java.util.List;

/**
 * A transaction ended (1.6 StopTransaction, 2.0.1 TransactionEvent Ended). Ending an ended session changes
 * nothing (a retried message). {@code meterStop} null: the energy comes from the readings.
 * {@code stopReason} uses the spec vocabulary (e.g. "Local", "EVDisconnected", "Remote").
 */
public record EndSession(ChargerIdentity charger, SessionRef ref, Instant endedAt, Energy meterStop,
                         String stopReason, IdToken stopToken, Long sequenceNumber, Integer evseId,
                         List<MeterReading> readings) {
}
