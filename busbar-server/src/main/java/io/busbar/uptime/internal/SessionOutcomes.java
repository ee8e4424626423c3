package io.busbar.uptime.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.busbar.uptime.internal.Sql.at;

/** The uptime_sessions table: one row per session, for the charge-success rate. Idempotent upserts. */
@Component
class SessionOutcomes {
    private final JdbcClient jdbc;

    SessionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(SessionId session, ChargerIdentity charger, int evseId, Instant at) {
        jdbc.sql("""
                        INSERT INTO uptime_sessions (session, charger, evse_id, started_at)
                        VALUES (:session, :charger, :evse, :at) ON CONFLICT DO NOTHING""")
                .param("session", session.value()).param("charger", charger.value()).param("evse", evseId)
                .param("at", at(at)).update();
    }

    void ended(Session session, Instant endedAt) {
        jdbc.sql("""
                        INSERT INTO uptime_sessions (session, charger, evse_id, started_at, ended_at, energy_wh,
                                                     stop_reason, authorized)
                        VALUES (:session, :charger, :evse, :startedAt, :endedAt, :energy, :stopReason, :authorized)
                        ON CONFLICT (session) DO UPDATE SET ended_at = EXCLUDED.ended_at, energy_wh = EXCLUDED.energy_wh,
                               stop_reason = EXCLUDED.stop_reason, authorized = EXCLUDED.authorized""")
                .param("session", session.id().value()).param("charger", session.charger().value())
                .param("evse", session.evseId())
                .param("startedAt", at(session.startedAt() == null ? endedAt : session.startedAt()))
                .param("endedAt", at(session.endedAt() == null ? endedAt : session.endedAt()))
                .param("energy", session.energy() == null ? 0L : session.energy().wattHours())
                .param("stopReason", session.stopReason())
                .param("authorized", session.authorization() == null || session.authorization().accepted())
                .update();
    }
}
