package io.busbar.sessions;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read side for operators and apps. */
public interface SessionQueries {
    Optional<Session> find(SessionId id);

    /** Newest first; {@code before} is an exclusive cursor (a session id from the previous page), null for the first page. */
    List<Session> list(SessionFilter filter, SessionId before, int limit);

    /** The session's readings in time order, optionally one measurand only. */
    List<MeterReading> readings(SessionId id, String measurand);

    /** The full id token value the session was started with (for billing and payments; never log or show it). */
    Optional<String> idTokenValue(SessionId id);

    record SessionFilter(ChargerIdentity charger, String idTokenValue, SessionState state, Instant from, Instant to) {
        public static final SessionFilter ALL = new SessionFilter(null, null, null, null, null);
    }
}
