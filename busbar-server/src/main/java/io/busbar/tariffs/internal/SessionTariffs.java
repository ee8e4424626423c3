package io.busbar.tariffs.internal;

import io.busbar.sessions.SessionId;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffResolution;
import io.busbar.tariffs.TariffVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Which tariff version each session is priced by: recorded once, never changed. */
@Component
class SessionTariffs {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TariffCatalog catalog;

    SessionTariffs(JdbcClient jdbc, Clock clock, TariffCatalog catalog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** Records the resolution unless one is already recorded (a redelivered event); returns the recorded one. */
    Recorded record(SessionId session, TariffResolution resolution) {
        jdbc.sql("""
                        INSERT INTO session_tariffs (session_id, tariff_id, tariff_version, assignment_id, reason, resolved_at)
                        VALUES (:session, :tariff, :version, :assignment, :reason, :now)
                        ON CONFLICT (session_id) DO NOTHING""")
                .param("session", session.value())
                .param("tariff", resolution.version().id().value())
                .param("version", resolution.version().version())
                .param("assignment", resolution.assignment() == null ? null : resolution.assignment().id())
                .param("reason", resolution.reason())
                .param("now", SqlTime.toSql(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        return find(session).orElseThrow();
    }

    Optional<Recorded> find(SessionId session) {
        return jdbc.sql("SELECT tariff_id, tariff_version, assignment_id, reason FROM session_tariffs WHERE session_id = :id")
                .param("id", session.value())
                .query((rs, row) -> new Recorded(
                        catalog.version(new TariffId(rs.getString("tariff_id")), rs.getInt("tariff_version")).orElseThrow(),
                        rs.getObject("assignment_id", UUID.class), rs.getString("reason")))
                .optional();
    }

    record Recorded(TariffVersion version, UUID assignmentId, String reason) {
    }
}
