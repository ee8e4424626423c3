package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.chargers.ConnectorStatuses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Every connector status report into the history; the newest per connector as its current status. */
@Service
class ConnectorStatusBook implements ConnectorStatuses {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectorStatusBook(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ChargerNotFoundException when the charger has no row (it never connected nor booted)
     * @throws IllegalArgumentException for a negative id, or connector 0 on an EVSE other than 0
     */
    @Override
    @Transactional
    public void report(ConnectorStatusReport report) {
        Objects.requireNonNull(report.charger(), "charger");
        Objects.requireNonNull(report.status(), "status");
        Objects.requireNonNull(report.timestamp(), "timestamp");
        // EVSE 0 is the charger as a whole and has exactly one "connector", 0 (1.6 connectorId 0).
        int connectorId = report.evseId() == 0 ? 0 : report.connectorId();
        if (report.evseId() < 0 || connectorId < 1 && report.evseId() > 0) {
            throw new IllegalArgumentException("No connector " + report.connectorId() + " on EVSE " + report.evseId());
        }
        appendHistory(report, connectorId);
        Optional<Current> previous = currentStatus(report, connectorId);
        jdbc.sql("INSERT INTO evses (charger, evse_id) VALUES (:charger, :evse) ON CONFLICT DO NOTHING")
                .param("charger", report.charger().value())
                .param("evse", report.evseId())
                .update();
        // Offline-queued reports arrive late: one older than the current status only goes to the history.
        int changed = jdbc.sql("""
                        INSERT INTO connectors AS c (charger, evse_id, connector_id, status, error_code, vendor_id,
                                                     vendor_error_code, info, status_at)
                        VALUES (:charger, :evse, :connector, :status, :errorCode, :vendorId, :vendorErrorCode, :info, :at)
                        ON CONFLICT (charger, evse_id, connector_id) DO UPDATE
                            SET status = excluded.status, error_code = excluded.error_code,
                                vendor_id = excluded.vendor_id, vendor_error_code = excluded.vendor_error_code,
                                info = excluded.info, status_at = excluded.status_at
                            WHERE c.status_at <= excluded.status_at""")
                .param("charger", report.charger().value())
                .param("evse", report.evseId())
                .param("connector", connectorId)
                .param("status", report.status().name())
                .param("errorCode", report.errorCode())
                .param("vendorId", report.vendorId())
                .param("vendorErrorCode", report.vendorErrorCode())
                .param("info", report.info())
                .param("at", Timestamps.toSql(report.timestamp()))
                .update();
        // A new error code on an unchanged status is a change too (1.6: Charging + HighTemperature).
        if (changed == 1 && previous.filter(current -> current.sameAs(report)).isEmpty()) {
            ConnectorStatusReport current = new ConnectorStatusReport(report.charger(), report.evseId(), connectorId,
                    report.status(), report.errorCode(), report.vendorId(), report.vendorErrorCode(), report.info(),
                    report.timestamp());
            events.publishEvent(new ConnectorStatusChanged(current, previous.map(Current::status).orElse(null)));
        }
    }

    private void appendHistory(ConnectorStatusReport report, int connectorId) {
        try {
            jdbc.sql("""
                            INSERT INTO connector_status_events (charger, evse_id, connector_id, status, error_code,
                                                                 vendor_id, vendor_error_code, info, reported_at,
                                                                 received_at)
                            VALUES (:charger, :evse, :connector, :status, :errorCode, :vendorId, :vendorErrorCode,
                                    :info, :at, :receivedAt)""")
                    .param("charger", report.charger().value())
                    .param("evse", report.evseId())
                    .param("connector", connectorId)
                    .param("status", report.status().name())
                    .param("errorCode", report.errorCode())
                    .param("vendorId", report.vendorId())
                    .param("vendorErrorCode", report.vendorErrorCode())
                    .param("info", report.info())
                    .param("at", Timestamps.toSql(report.timestamp()))
                    .param("receivedAt", Timestamps.toSql(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new ChargerNotFoundException(report.charger());
        }
    }

    /** Locks the connector row so concurrent reports decide "changed" one after the other. */
    private Optional<Current> currentStatus(ConnectorStatusReport report, int connectorId) {
        return jdbc.sql("""
                        SELECT status, error_code, vendor_error_code FROM connectors
                         WHERE charger = :charger AND evse_id = :evse AND connector_id = :connector FOR UPDATE""")
                .param("charger", report.charger().value())
                .param("evse", report.evseId())
                .param("connector", connectorId)
                .query((rs, row) -> new Current(ConnectorStatus.valueOf(rs.getString("status")),
                        rs.getString("error_code"), rs.getString("vendor_error_code")))
                .optional();
    }

    private record Current(ConnectorStatus status, String errorCode, String vendorErrorCode) {
        boolean sameAs(ConnectorStatusReport report) {
            return status == report.status() && error(errorCode).equals(error(report.errorCode()))
                    && Objects.equals(vendorErrorCode, report.vendorErrorCode());
        }

        private static String error(String code) {
            return code == null ? "NoError" : code;
        }
    }
}
