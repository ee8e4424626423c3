package io.busbar.sessions;

import io.busbar.chargers.ChargerIdentity;

import java.util.List;

/**
 * What the protocol adapters tell the sessions module. Every method commits before it returns: the adapter's
 * answer to the charger is an acknowledgement.
 */
public interface SessionLifecycle {
    SessionStartResult start(StartSession command);

    void update(UpdateSession command);

    /** @throws SessionNotFoundException for a 1.6 transaction number Busbar never issued */
    SessionEndResult end(EndSession command);

    /**
     * Meter values outside Start/Stop (1.6 MeterValues, 2.0.1 MeterValues). {@code ref} null: not tied to a
     * transaction (kept per charger/EVSE); a ref to an unknown session is kept per charger/EVSE too.
     */
    void recordReadings(ChargerIdentity charger, int evseId, SessionRef ref, List<MeterReading> readings);
}
