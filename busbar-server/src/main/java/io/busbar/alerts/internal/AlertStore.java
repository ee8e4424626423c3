package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertId;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertSource;
import io.busbar.alerts.AlertState;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alerts, alert_pending_faults and alert_closed_faults tables. Callers hold the transaction. */
@Component
class AlertStore {
    private static final String COLUMNS = """
            id, rule_id, source, source_ref, fault_id, state, severity, charger, evse_id, fault_type, title,
            description, level, raised_at, acknowledged_at, acknowledged_by, resolved_at, resolved_because""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the alert exists already for this source event and rule (a redelivered event). */
    boolean insert(Alert a) {
        return jdbc.sql("""
                        INSERT INTO alerts (id, rule_id, source, source_ref, fault_id, state, severity, charger, evse_id,
                                            fault_type, title, description, level, raised_at)
                        VALUES (:id, :rule, :source, :ref, :fault, 'RAISED', :severity, :charger, :evse, :type, :title,
                                :description, 1, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", a.id().value()).param("rule", a.rule() == null ? null : a.rule().value())
                .param("source", a.source().name()).param("ref", a.sourceRef())
                .param("fault", a.fault() == null ? null : a.fault().value())
                .param("severity", a.severity().name()).param("charger", a.charger().value())
                .param("evse", a.evseId()).param("type", a.faultType() == null ? null : a.faultType().name())
                .param("title", a.title()).param("description", a.description()).param("at", Rows.sql(a.raisedAt()))
                .update() == 1;
    }

    Optional<Alert> find(AlertId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE id = :id").param("id", id.value())
                .query(AlertStore::alert).optional();
    }

    List<Alert> list(TenantId tenant, AlertState state, ChargerIdentity charger, AlertId after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts"
                        + " WHERE COALESCE((SELECT ch.tenant_id FROM chargers ch WHERE ch.identity = alerts.charger),"
                        + " CAST(:defaultTenant AS uuid)) = :tenant"
                        + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                        + " AND (CAST(:charger AS text) IS NULL OR charger = :charger)"
                        + " AND (CAST(:after AS uuid) IS NULL OR seq < (SELECT seq FROM alerts WHERE id = CAST(:after AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("tenant", tenant.value()).param("defaultTenant", TenantId.DEFAULT.value())
                .param("state", state == null ? null : state.name())
                .param("charger", charger == null ? null : charger.value())
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(AlertStore::alert).list();
    }

    /** True when this call acknowledged it (it was RAISED). */
    boolean acknowledge(AlertId id, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE alerts SET state = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by
                         WHERE id = :id AND state = 'RAISED'""")
                .param("id", id.value()).param("by", by).param("at", Rows.sql(at)).update() == 1;
    }

    /** Resolves every unresolved alert about the fault (raised for it or for a playbook run on it). */
    int resolveForFault(FaultId fault, String because, Instant at) {
        return jdbc.sql("""
                        UPDATE alerts SET state = 'RESOLVED', resolved_at = :at, resolved_because = :because
                         WHERE fault_id = :fault AND state <> 'RESOLVED'""")
                .param("fault", fault.value()).param("because", because).param("at", Rows.sql(at)).update();
    }

    /** RAISED alerts of rules, oldest first, for the escalation check. */
    List<Alert> raisedWithRule(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alerts WHERE state = 'RAISED' AND rule_id IS NOT NULL"
                        + " ORDER BY raised_at LIMIT :limit")
                .param("limit", limit).query(AlertStore::alert).list();
    }

    /** Moves the alert from {@code from} to {@code to} unless someone else did or it was acknowledged meanwhile. */
    boolean escalate(AlertId id, int from, int to) {
        return jdbc.sql("UPDATE alerts SET level = :to WHERE id = :id AND level = :from AND state = 'RAISED'")
                .param("id", id.value()).param("from", from).param("to", to).update() == 1;
    }

    void addPending(PendingFault pending) {
        jdbc.sql("""
                        INSERT INTO alert_pending_faults (fault_id, rule_id, charger, evse_id, fault_type, severity, code,
                                                          description, opened_at, due_at)
                        VALUES (:fault, :rule, :charger, :evse, :type, :severity, :code, :description, :openedAt, :due)
                        ON CONFLICT DO NOTHING""")
                .param("fault", pending.fault().value()).param("rule", pending.rule().value())
                .param("charger", pending.charger().value()).param("evse", pending.evseId())
                .param("type", pending.type().name()).param("severity", pending.severity().name())
                .param("code", pending.code()).param("description", pending.description())
                .param("openedAt", Rows.sql(pending.openedAt())).param("due", Rows.sql(pending.dueAt()))
                .update();
    }

    /** Removes and returns the pending faults due by {@code now}, locked so that one node takes each. */
    List<PendingFault> takeDue(Instant now, int limit) {
        List<PendingFault> due = jdbc.sql("""
                        SELECT fault_id, rule_id, charger, evse_id, fault_type, severity, code, description, opened_at, due_at
                          FROM alert_pending_faults WHERE due_at <= :now ORDER BY due_at LIMIT :limit
                           FOR UPDATE SKIP LOCKED""")
                .param("now", Rows.sql(now)).param("limit", limit)
                .query((rs, n) -> new PendingFault(new FaultId(rs.getObject("fault_id", UUID.class)),
                        new AlertRuleId(rs.getObject("rule_id", UUID.class)), new ChargerIdentity(rs.getString("charger")),
                        rs.getObject("evse_id", Integer.class), FaultType.valueOf(rs.getString("fault_type")),
                        FaultSeverity.valueOf(rs.getString("severity")), rs.getString("code"),
                        rs.getString("description"), Rows.instant(rs, "opened_at"), Rows.instant(rs, "due_at")))
                .list();
        due.forEach(p -> jdbc.sql("DELETE FROM alert_pending_faults WHERE fault_id = :fault AND rule_id = :rule")
                .param("fault", p.fault().value()).param("rule", p.rule().value()).update());
        return due;
    }

    /** Records the closure (so a late FaultOpened raises nothing) and drops the fault's pending checks. */
    void markClosed(FaultId fault, Instant closedAt) {
        jdbc.sql("INSERT INTO alert_closed_faults (fault_id, closed_at) VALUES (:fault, :at) ON CONFLICT DO NOTHING")
                .param("fault", fault.value()).param("at", Rows.sql(closedAt)).update();
        jdbc.sql("DELETE FROM alert_pending_faults WHERE fault_id = :fault").param("fault", fault.value()).update();
    }

    boolean isClosed(FaultId fault) {
        return jdbc.sql("SELECT count(*) FROM alert_closed_faults WHERE fault_id = :fault")
                .param("fault", fault.value()).query(Long.class).single() > 0;
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        UUID rule = rs.getObject("rule_id", UUID.class);
        UUID fault = rs.getObject("fault_id", UUID.class);
        String type = rs.getString("fault_type");
        return new Alert(new AlertId(rs.getObject("id", UUID.class)), rule == null ? null : new AlertRuleId(rule),
                AlertSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
                fault == null ? null : new FaultId(fault), AlertState.valueOf(rs.getString("state")),
                FaultSeverity.valueOf(rs.getString("severity")), new ChargerIdentity(rs.getString("charger")),
                rs.getObject("evse_id", Integer.class), type == null ? null : FaultType.valueOf(type),
                rs.getString("title"), rs.getString("description"), rs.getInt("level"),
                Rows.instant(rs, "raised_at"), Rows.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
                Rows.instant(rs, "resolved_at"), rs.getString("resolved_because"));
    }

    /** A fault a rule waits on until {@code dueAt}. */
    record PendingFault(FaultId fault, AlertRuleId rule, ChargerIdentity charger, Integer evseId, FaultType type,
                        FaultSeverity severity, String code, String description, Instant openedAt, Instant dueAt) {
    }
}
