package io.busbar.drivers;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;

import java.util.List;
import java.util.Optional;

/**
 * The sessions of a driver: those charged with one of the driver's tokens (cards removed since included) on a charger
 * of the driver's tenant. Anything else is answered like a session that does not exist.
 */
public interface DriverSessions {
    /**
     * Sends RemoteStart (1.6 RemoteStartTransaction, 2.0.1 RequestStartTransaction) with the driver's app token, once
     * per {@code idempotencyKey}: the same key returns the stored answer and sends nothing.
     *
     * @throws io.busbar.chargers.ChargerNotFoundException when the charger is unknown or of another tenant
     * @throws IdempotencyKeyConflictException              when the key was used for another charger/EVSE, or its
     *                                                      first request is still running
     * @throws IllegalArgumentException                     for a blank key or an EVSE below 1
     */
    AppStart start(DriverPrincipal driver, String idempotencyKey, ChargerIdentity charger, int evseId);

    /**
     * Sends RemoteStop for the driver's active session.
     *
     * @return the charger's answer (Accepted or Rejected)
     * @throws io.busbar.sessions.SessionNotFoundException when it is not the driver's
     * @throws SessionAlreadyEndedException                when it has ended
     * @throws io.busbar.commands.AuditedCommandException  when the charger gave no answer
     */
    String stop(DriverPrincipal driver, SessionId session);

    /** Newest first; {@code before} an exclusive cursor (a session of the previous page). */
    SessionHistory history(DriverPrincipal driver, SessionId before, int limit);

    /**
     * One page of history. A page may hold fewer than the limit (sessions of the driver's cards on another tenant's
     * chargers are left out) yet {@code next} is null only on the last page.
     */
    record SessionHistory(List<Session> sessions, SessionId next) {
        public SessionHistory {
            sessions = List.copyOf(sessions);
        }
    }

    /** The session, only when it is the driver's. */
    Optional<Session> find(DriverPrincipal driver, SessionId session);
}
