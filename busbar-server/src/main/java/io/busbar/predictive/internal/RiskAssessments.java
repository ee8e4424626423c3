package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.predictive.EvseRisk;
import io.busbar.predictive.MaintenanceRisks;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import io.busbar.predictive.method.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The table evse_risks: one row per assessed EVSE. */
@Repository
class RiskAssessments implements MaintenanceRisks {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_SITE_CHARGERS = 100_000;
    private final JdbcClient jdbc;
    private final ChargerRegistry chargers;

    RiskAssessments(JdbcClient jdbc, ChargerRegistry chargers) {
        this.jdbc = jdbc;
        this.chargers = chargers;
    }

    /** The stored warning state, the row locked (created first if new: the caller's store fills it in). */
    Warning lockWarning(EvseKey evse) {
        jdbc.sql("""
                INSERT INTO evse_risks (charger, evse_id, risk, assessed_at) VALUES (?, ?, 0, 'epoch')
                ON CONFLICT DO NOTHING""")
                .params(evse.charger().value(), evse.evseId()).update();
        return jdbc.sql("SELECT warning, warning_since FROM evse_risks WHERE charger = ? AND evse_id = ? FOR UPDATE")
                .params(evse.charger().value(), evse.evseId())
                .query((rs, row) -> new Warning(rs.getBoolean("warning"), instant(rs, "warning_since")))
                .single();
    }

    void store(EvseKey evse, Assessment assessment, boolean warning, Instant since) {
        jdbc.sql("""
                        UPDATE evse_risks SET risk = ?, evidence = ?::jsonb, warning = ?, warning_since = ?, assessed_at = ?
                        WHERE charger = ? AND evse_id = ?""")
                .params(assessment.risk(), JSON.writeValueAsString(assessment.evidence()), warning,
                        since == null ? null : Timestamp.from(since), Timestamp.from(assessment.at()),
                        evse.charger().value(), evse.evseId())
                .update();
    }

    void delete(EvseKey evse) {
        jdbc.sql("DELETE FROM evse_risks WHERE charger = ? AND evse_id = ?")
                .params(evse.charger().value(), evse.evseId()).update();
    }

    @Override
    public List<EvseRisk> list(RiskFilter filter, EvseRisk after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM evse_risks WHERE risk >= ?");
        List<Object> params = new ArrayList<>(List.of(filter.minRisk()));
        if (filter.tenant() != null) {
            // An EVSE's risk belongs to its charger's tenant.
            sql.append(" AND charger IN (SELECT identity FROM chargers WHERE tenant_id = ?)");
            params.add(filter.tenant().value());
        }
        if (filter.siteId() != null) {
            List<String> identities = chargers.list(new ChargerRegistry.ChargerFilter(filter.tenant(), filter.siteId(),
                            null, null),
                    null, MAX_SITE_CHARGERS).stream().map(charger -> charger.identity().value()).toList();
            if (identities.isEmpty()) {
                return List.of();
            }
            sql.append(" AND charger = ANY (?)");
            params.add(identities.toArray(String[]::new));
        }
        if (after != null) {
            sql.append(" AND (risk < ? OR (risk = ? AND (charger > ? OR (charger = ? AND evse_id > ?))))");
            params.addAll(List.of(after.risk(), after.risk(), after.charger().value(), after.charger().value(),
                    after.evseId()));
        }
        sql.append(" ORDER BY risk DESC, charger, evse_id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> risk(rs)).list();
    }

    @Override
    public Optional<EvseRisk> find(ChargerIdentity charger, int evseId) {
        return jdbc.sql("SELECT * FROM evse_risks WHERE charger = ? AND evse_id = ?")
                .params(charger.value(), evseId).query((rs, row) -> risk(rs)).optional();
    }

    private static EvseRisk risk(ResultSet rs) throws SQLException {
        List<String> evidence = JSON.readValue(rs.getString("evidence"), new TypeReference<List<String>>() {
        });
        return new EvseRisk(new ChargerIdentity(rs.getString("charger")), rs.getInt("evse_id"), rs.getDouble("risk"),
                evidence, rs.getBoolean("warning"), instant(rs, "warning_since"), instant(rs, "assessed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    record Warning(boolean warning, Instant since) {
    }
}
