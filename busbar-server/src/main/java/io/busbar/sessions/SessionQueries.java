package io.busbar.sessions;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read side for operators and apps. */
public interface SessionQueries {
    Optional<Session> find(SessionId id);

    /**
     * Whether the session is still active, holding it so until the caller's transaction ends: its end waits for that
     * commit. For what must be recorded before a session's end, never after it (e.g. a session.updated webhook).
     * Must run in a transaction.
     */
    boolean holdIfActive(SessionId id);

    /** The tenant owning the session: its charger's. */
    Optional<TenantId> tenantOf(SessionId id);

    /** Newest first; {@code before} is an exclusive cursor (a session id from the previous page), null for the first page. */
    List<Session> list(SessionFilter filter, SessionId before, int limit);

    /** The session's readings in time order, optionally one measurand only. */
    List<MeterReading> readings(SessionId id, String measurand);

    /** The full id token value the session was started with (for billing and payments; never log or show it). */
    Optional<String> idTokenValue(SessionId id);

    /** @param tenant only sessions at this tenant's chargers; null: every tenant's (Busbar's own jobs only) */
    record SessionFilter(TenantId tenant, ChargerIdentity charger, String idTokenValue, SessionState state,
                         Instant from, Instant to) {
        public static final SessionFilter ALL = new SessionFilter(null, null, null, null, null);

        /** Every tenant's sessions matching the rest. */
        public SessionFilter(ChargerIdentity charger, String idTokenValue, SessionState state, Instant from, Instant to) {
            this(null, charger, idTokenValue, state, from, to);
        }
    }
}
