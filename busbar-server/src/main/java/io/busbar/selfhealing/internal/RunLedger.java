package io.busbar.selfhealing.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.selfhealing.Playbook;
import io.busbar.selfhealing.PlaybookRun;
import io.busbar.selfhealing.PlaybookRuns;
import io.busbar.selfhealing.PlaybookStepKind;
import io.busbar.selfhealing.RunState;
import io.busbar.selfhealing.StepOutcome;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.busbar.selfhealing.internal.PlaybookStore.sql;

/** The playbook_runs and playbook_run_steps tables. Each write is one statement; transitions are guarded in SQL. */
@Component
class RunLedger implements PlaybookRuns {
    private static final String RUN_COLUMNS = "SELECT id, fault_id, charger, evse_id, fault_type, severity, "
            + "fault_code, playbook_id, playbook_version, state, started_at, ended_at, summary FROM playbook_runs";
    private final JdbcClient jdbc;

    RunLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a run for the fault unless one exists (a redelivered event starts nothing): its id, or empty. */
    Optional<UUID> insert(FaultOpened fault, Playbook playbook, Instant now) {
        return jdbc.sql("""
                        INSERT INTO playbook_runs (id, fault_id, charger, evse_id, fault_type, severity, fault_code,
                                                   playbook_id, playbook_version, state, started_at)
                        VALUES (:id, :fault, :charger, :evse, :type, :severity, :code, :playbook, :version,
                                'RUNNING', :now)
                        ON CONFLICT (fault_id) DO NOTHING
                        RETURNING id""")
                .param("id", UUID.randomUUID()).param("fault", fault.fault().value())
                .param("charger", fault.charger().value()).param("evse", fault.evseId())
                .param("type", fault.type().name()).param("severity", fault.severity().name())
                .param("code", fault.code()).param("playbook", playbook.id()).param("version", playbook.version())
                .param("now", sql(now))
                .query(UUID.class).optional();
    }

    List<UUID> running() {
        return jdbc.sql("SELECT id FROM playbook_runs WHERE state = 'RUNNING' ORDER BY started_at")
                .query(UUID.class).list();
    }

    void stepStarted(UUID run, int position, PlaybookStepKind step, ChargerIdentity charger, Instant now) {
        jdbc.sql("""
                        INSERT INTO playbook_run_steps (run_id, position, step, charger, started_at)
                        VALUES (:run, :position, :step, :charger, :now)
                        ON CONFLICT (run_id, position) DO UPDATE SET started_at = excluded.started_at""")
                .param("run", run).param("position", position).param("step", step.name())
                .param("charger", charger.value()).param("now", sql(now)).update();
    }

    void stepEnded(UUID run, int position, StepResult result, Instant now) {
        jdbc.sql("""
                        UPDATE playbook_run_steps SET ended_at = :now, command = :command, command_id = :commandId,
                               answer = :answer, outcome = :outcome, detail = :detail
                         WHERE run_id = :run AND position = :position""")
                .param("now", sql(now)).param("command", result.command()).param("commandId", result.commandId())
                .param("answer", result.answer()).param("outcome", result.outcome().name())
                .param("detail", result.detail()).param("run", run).param("position", position).update();
    }

    /** Steps that ended, to resume a run after a restart. */
    int endedSteps(UUID run) {
        return jdbc.sql("SELECT count(*) FROM playbook_run_steps WHERE run_id = :run AND ended_at IS NOT NULL")
                .param("run", run).query(Integer.class).single();
    }

    /** Why the run is known to have recovered, if it is. */
    Optional<String> recovery(UUID run) {
        return jdbc.sql("SELECT recovered_because FROM playbook_runs WHERE id = :run AND recovered_at IS NOT NULL")
                .param("run", run).query(String.class).optional();
    }

    /** Recovery seen on an EVSE: marks the running runs there whose fault shows in the connector status. */
    int recoveredOnEvse(ChargerIdentity charger, int evseId, String because, Instant now) {
        return jdbc.sql("""
                        UPDATE playbook_runs SET recovered_at = :now, recovered_because = :because
                         WHERE charger = :charger AND evse_id = :evse AND state = 'RUNNING' AND recovered_at IS NULL
                           AND fault_type IN ('CONNECTOR_ERROR', 'VENDOR_ERROR')""")
                .param("now", sql(now)).param("because", because).param("charger", charger.value())
                .param("evse", evseId).update();
    }

    int recoveredFault(FaultId fault, String because, Instant now) {
        return jdbc.sql("""
                        UPDATE playbook_runs SET recovered_at = :now, recovered_because = :because
                         WHERE fault_id = :fault AND state = 'RUNNING' AND recovered_at IS NULL""")
                .param("now", sql(now)).param("because", because).param("fault", fault.value()).update();
    }

    /** RUNNING → {@code to}; true only for the one caller that moved it (so HumanNeeded goes out once). */
    boolean end(UUID run, RunState to, String summary, Instant now) {
        return jdbc.sql("""
                        UPDATE playbook_runs SET state = :to, summary = :summary, ended_at = :now
                         WHERE id = :run AND state = 'RUNNING'""")
                .param("to", to.name()).param("summary", summary).param("now", sql(now)).param("run", run)
                .update() == 1;
    }

    /** Automatic resets sent to the charger since {@code now - window} (the rate limit). */
    int resetsSent(ChargerIdentity charger, Duration window, Instant now) {
        return jdbc.sql("""
                        SELECT count(*) FROM playbook_run_steps
                         WHERE charger = :charger AND outcome = 'SENT' AND step IN ('SOFT_RESET', 'HARD_RESET')
                           AND started_at > :since""")
                .param("charger", charger.value()).param("since", sql(now.minus(window)))
                .query(Integer.class).single();
    }

    @Override
    public List<PlaybookRun> list(TenantId tenant, ChargerIdentity charger, RunState state, UUID before, int limit) {
        StringBuilder where = new StringBuilder(" WHERE true");
        var query = new java.util.HashMap<String, Object>();
        if (tenant != null) {
            // A run belongs to its charger's tenant.
            where.append(" AND charger IN (SELECT identity FROM chargers WHERE tenant_id = :tenant)");
            query.put("tenant", tenant.value());
        }
        if (charger != null) {
            where.append(" AND charger = :charger");
            query.put("charger", charger.value());
        }
        if (state != null) {
            where.append(" AND state = :state");
            query.put("state", state.name());
        }
        if (before != null) {
            where.append(" AND (started_at, id) < (SELECT started_at, id FROM playbook_runs WHERE id = :before)");
            query.put("before", before);
        }
        query.put("limit", limit);
        return jdbc.sql(RUN_COLUMNS + where + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                .params(query).query((rs, row) -> map(rs, List.of())).list();
    }

    @Override
    public Optional<PlaybookRun> find(UUID id) {
        List<PlaybookRun.Step> steps = jdbc.sql("""
                        SELECT position, step, started_at, ended_at, command, command_id, answer, outcome, detail
                          FROM playbook_run_steps WHERE run_id = :run ORDER BY position""")
                .param("run", id).query(this::mapStep).list();
        return jdbc.sql(RUN_COLUMNS + " WHERE id = :id").param("id", id).query((rs, row) -> map(rs, steps))
                .optional();
    }

    private PlaybookRun map(ResultSet rs, List<PlaybookRun.Step> steps) throws SQLException {
        return new PlaybookRun(rs.getObject("id", UUID.class), new FaultId(rs.getObject("fault_id", UUID.class)),
                new ChargerIdentity(rs.getString("charger")), (Integer) rs.getObject("evse_id"),
                FaultType.valueOf(rs.getString("fault_type")), FaultSeverity.valueOf(rs.getString("severity")),
                rs.getString("fault_code"), rs.getObject("playbook_id", UUID.class), rs.getInt("playbook_version"),
                RunState.valueOf(rs.getString("state")), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("summary"), steps);
    }

    private PlaybookRun.Step mapStep(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new PlaybookRun.Step(rs.getInt("position"), PlaybookStepKind.valueOf(rs.getString("step")),
                instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("command"),
                rs.getObject("command_id", UUID.class), rs.getString("answer"),
                outcome == null ? null : StepOutcome.valueOf(outcome), rs.getString("detail"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
