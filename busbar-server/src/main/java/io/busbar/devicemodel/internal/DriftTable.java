package io.busbar.devicemodel.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.devicemodel.DriftReport;
import io.busbar.devicemodel.DriftReports;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** The drift_reports table: every check is kept; operators look at each charger's latest. */
@Component
class DriftTable implements DriftReports {
    private static final TypeReference<List<DriftReport.Drift>> DRIFTS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DriftTable(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(DriftReport report) {
        jdbc.sql("""
                        INSERT INTO drift_reports (charger, template, checked_at, in_sync, drifts)
                        VALUES (:charger, :template, :checkedAt, :inSync, :drifts::jsonb)""")
                .param("charger", report.charger().value()).param("template", report.template())
                .param("checkedAt", Timestamp.from(report.checkedAt())).param("inSync", report.inSync())
                .param("drifts", json.writeValueAsString(report.drifts())).update();
    }

    @Override
    public Optional<DriftReport> latest(ChargerIdentity charger) {
        return jdbc.sql("SELECT charger, template, checked_at, drifts::text AS drifts FROM drift_reports"
                        + " WHERE charger = :charger ORDER BY id DESC LIMIT 1")
                .param("charger", charger.value()).query(this::map).optional();
    }

    @Override
    public List<DriftReport> latestPerCharger(TenantId tenant, Boolean inSync, String after, int limit) {
        return jdbc.sql("""
                        SELECT charger, template, checked_at, drifts::text AS drifts
                        FROM (SELECT DISTINCT ON (charger) charger, template, checked_at, in_sync, drifts
                              FROM drift_reports
                              WHERE (CAST(:after AS text) IS NULL OR charger > CAST(:after AS text))
                                AND charger IN (SELECT identity FROM chargers WHERE tenant_id = :tenant)
                              ORDER BY charger, id DESC) latest
                        WHERE CAST(:inSync AS boolean) IS NULL OR in_sync = CAST(:inSync AS boolean)
                        ORDER BY charger LIMIT :limit""")
                .param("after", after).param("tenant", tenant.value()).param("inSync", inSync).param("limit", limit).query(this::map).list();
    }

    private DriftReport map(ResultSet rs, int row) throws SQLException {
        return new DriftReport(new ChargerIdentity(rs.getString("charger")), rs.getString("template"),
                rs.getTimestamp("checked_at").toInstant(), json.readValue(rs.getString("drifts"), DRIFTS));
    }
}
