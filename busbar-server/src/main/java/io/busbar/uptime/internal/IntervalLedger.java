package io.busbar.uptime.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultOpened;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

import static io.busbar.uptime.internal.Sql.at;

/**
 * Writes the uptime intervals. Listeners run asynchronously and may be retried or see a charger's events out of
 * order, so every write is idempotent and order-independent: a new point closes the interval before it and ends
 * where the next one starts, under a per-charger lock.
 */
@Component
class IntervalLedger {
    private final JdbcClient jdbc;

    IntervalLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void status(ConnectorStatusReport report) {
        lock(report.charger());
        String key = "charger = :charger AND evse_id = :evse AND connector_id = :connector";
        int inserted = jdbc.sql("""
                        INSERT INTO uptime_connector_intervals
                               (charger, evse_id, connector_id, status, error_code, from_at, to_at)
                        VALUES (:charger, :evse, :connector, :status, :errorCode, :at,
                                (SELECT min(from_at) FROM uptime_connector_intervals WHERE %s AND from_at > :at))
                        ON CONFLICT DO NOTHING""".formatted(key))
                .param("charger", report.charger().value()).param("evse", report.evseId())
                .param("connector", report.connectorId()).param("status", report.status().name())
                .param("errorCode", report.errorCode()).param("at", at(report.timestamp()))
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                            UPDATE uptime_connector_intervals SET to_at = :at
                             WHERE %1$s AND from_at = (SELECT max(from_at) FROM uptime_connector_intervals
                                                        WHERE %1$s AND from_at < :at)""".formatted(key))
                    .param("charger", report.charger().value()).param("evse", report.evseId())
                    .param("connector", report.connectorId()).param("at", at(report.timestamp()))
                    .update();
        }
    }

    @Transactional
    void presence(ChargerIdentity charger, boolean online, Instant at) {
        lock(charger);
        int inserted = jdbc.sql("""
                        INSERT INTO uptime_presence_intervals (charger, online, from_at, to_at)
                        VALUES (:charger, :online, :at,
                                (SELECT min(from_at) FROM uptime_presence_intervals WHERE charger = :charger AND from_at > :at))
                        ON CONFLICT DO NOTHING""")
                .param("charger", charger.value()).param("online", online).param("at", at(at))
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                            UPDATE uptime_presence_intervals SET to_at = :at
                             WHERE charger = :charger AND from_at = (SELECT max(from_at) FROM uptime_presence_intervals
                                                                      WHERE charger = :charger AND from_at < :at)""")
                    .param("charger", charger.value()).param("at", at(at))
                    .update();
        }
    }

    /** The closing may have been recorded first: the opening then only adds what the closing lacks (the code). */
    void faultOpened(FaultOpened fault) {
        jdbc.sql("""
                        INSERT INTO uptime_fault_intervals (fault, charger, evse_id, type, severity, code, opened_at)
                        VALUES (:fault, :charger, :evse, :type, :severity, :code, :at)
                        ON CONFLICT (fault) DO UPDATE SET code = EXCLUDED.code, severity = EXCLUDED.severity""")
                .param("fault", fault.fault().value()).param("charger", fault.charger().value())
                .param("evse", fault.evseId()).param("type", fault.type().name())
                .param("severity", fault.severity().name()).param("code", fault.code()).param("at", at(fault.at()))
                .update();
    }

    void faultClosed(FaultClosed fault) {
        jdbc.sql("""
                        INSERT INTO uptime_fault_intervals (fault, charger, evse_id, type, severity, opened_at, closed_at)
                        VALUES (:fault, :charger, :evse, :type, :severity, :openedAt, :closedAt)
                        ON CONFLICT (fault) DO UPDATE SET closed_at = EXCLUDED.closed_at""")
                .param("fault", fault.fault().value()).param("charger", fault.charger().value())
                .param("evse", fault.evseId()).param("type", fault.type().name())
                .param("severity", fault.severity() == null ? "INFO" : fault.severity().name())
                .param("openedAt", at(fault.openedAt())).param("closedAt", at(fault.closedAt()))
                .update();
    }

    /** Serialises a charger's interval writes (released at commit). */
    private void lock(ChargerIdentity charger) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('uptime:' || :charger))")
                .param("charger", charger.value()).query().listOfRows();
    }
}
