package io.busbar.sessions.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionRef;

import java.util.List;

/**
 * The samples of one inbound message outside Start/Stop, as handed to the {@link ReadingsWriter}.
 *
 * @param ref      the transaction the charger named; null for none
 * @param readings samples with defaults filled in, at least one
 */
record ReadingsMessage(ChargerIdentity charger, int evseId, SessionRef ref, List<MeterReading> readings) {
}
