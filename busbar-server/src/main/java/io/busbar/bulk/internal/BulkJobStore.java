package io.busbar.bulk.internal;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkItem;
import io.busbar.bulk.BulkItemFailure;
import io.busbar.bulk.BulkItemOutcome;
import io.busbar.bulk.BulkItemState;
import io.busbar.bulk.BulkJobId;
import io.busbar.bulk.BulkJobNotFoundException;
import io.busbar.bulk.BulkJobProgress;
import io.busbar.bulk.BulkJobState;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;
import io.busbar.commands.CommandId;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The bulk_jobs and bulk_job_items tables. The items are the job's work queue: they are claimed one by one with
 * {@code FOR UPDATE SKIP LOCKED}, and every change of a job's state takes the job row's lock first, so a retry,
 * a cancel and the runner finishing the job never interleave.
 */
@Component
class BulkJobStore {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String JOB_COLUMNS = """
            id, state, target::text AS target, action_kind, command, arguments::text AS arguments, correct,
            concurrency, timeout_per_charger_ms, actor_kind, actor_id, actor_name, created_at, finished_at""";
    private static final String ITEM_COLUMNS = """
            charger, state, failure, status, error, command_id, result::text AS result, attempts, started_at,
            finished_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TargetJson targets;
    private final TransactionTemplate tx;

    BulkJobStore(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.targets = new TargetJson(json);
        this.tx = new TransactionTemplate(transactions);
    }

    void insert(TenantId tenant, JobRow job, List<ChargerIdentity> chargers) {
        tx.executeWithoutResult(status -> {
            var insert = jdbc.sql("""
                            INSERT INTO bulk_jobs (id, tenant_id, state, target, action_kind, command, arguments, correct,
                                                   concurrency, timeout_per_charger_ms, actor_kind, actor_id,
                                                   actor_name, created_at)
                            VALUES (:id, :tenant, 'RUNNING', :target::jsonb, :kind, :command, :arguments::jsonb,
                                    :correct, :concurrency, :timeout, :actorKind, :actorId, :actorName, :at)""")
                    .param("id", job.id().value()).param("tenant", tenant.value())
                    .param("target", targets.write(job.target()))
                    .param("concurrency", job.concurrency())
                    .param("timeout", job.timeoutPerCharger() == null ? null : job.timeoutPerCharger().toMillis())
                    .param("actorKind", job.operator().kind()).param("actorId", job.operator().id())
                    .param("actorName", job.operator().name())
                    .param("at", sql(job.createdAt()));
            insert = switch (job.action()) {
                case BulkAction.RunCommand command -> insert.param("kind", "COMMAND")
                        .param("command", command.command())
                        .param("arguments", json.writeValueAsString(command.arguments()))
                        .param("correct", null);
                case BulkAction.CheckTemplate check -> insert.param("kind", "TEMPLATE_CHECK")
                        .param("command", null).param("arguments", null).param("correct", check.correct());
            };
            insert.update();
            jdbc.sql("""
                            INSERT INTO bulk_job_items (job_id, charger, state)
                            SELECT :id, charger, 'PENDING' FROM unnest(CAST(:chargers AS text[])) AS charger""")
                    .param("id", job.id().value())
                    .param("chargers", chargers.stream().map(ChargerIdentity::value).toArray(String[]::new))
                    .update();
        });
    }

    Optional<JobRow> find(BulkJobId id) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM bulk_jobs WHERE id = :id").param("id", id.value())
                .query(this::job).optional();
    }

    JobRow existing(BulkJobId id) {
        return find(id).orElseThrow(() -> new BulkJobNotFoundException(id));
    }

    Optional<TenantId> tenantOf(BulkJobId id) {
        return jdbc.sql("SELECT tenant_id FROM bulk_jobs WHERE id = :id").param("id", id.value())
                .query(UUID.class).optional().map(TenantId::new);
    }

    List<JobRow> list(TenantId tenant, BulkJobId after, int limit) {
        return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM bulk_jobs"
                        + " WHERE tenant_id = :tenant"
                        + " AND (CAST(:after AS uuid) IS NULL OR seq < (SELECT seq FROM bulk_jobs WHERE id = CAST(:after AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("tenant", tenant.value())
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(this::job).list();
    }

    Map<BulkJobId, BulkJobProgress> progress(Collection<BulkJobId> jobs) {
        Map<BulkJobId, Map<String, Integer>> counts = new HashMap<>();
        if (!jobs.isEmpty()) {
            jdbc.sql("""
                            SELECT job_id, state, failure, count(*) AS n FROM bulk_job_items
                             WHERE job_id IN (:jobs) GROUP BY job_id, state, failure""")
                    .param("jobs", jobs.stream().map(BulkJobId::value).toList())
                    .query(rs -> {
                        String key = rs.getString("failure") == null ? rs.getString("state") : rs.getString("failure");
                        counts.computeIfAbsent(new BulkJobId(rs.getObject("job_id", UUID.class)), id -> new HashMap<>())
                                .merge(key, rs.getInt("n"), Integer::sum);
                    });
        }
        Map<BulkJobId, BulkJobProgress> progress = new HashMap<>();
        for (BulkJobId job : jobs) {
            progress.put(job, progress(counts.getOrDefault(job, Map.of())));
        }
        return progress;
    }

    List<BulkItem> items(BulkJobId job, BulkItemOutcome outcome, ChargerIdentity after, int limit) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM bulk_job_items WHERE job_id = :job"
                        + " AND (CAST(:state AS text) IS NULL OR state = :state)"
                        + " AND (CAST(:failure AS text) IS NULL OR failure = :failure)"
                        + " AND (CAST(:after AS text) IS NULL OR charger > :after)"
                        + " ORDER BY charger LIMIT :limit")
                .param("job", job.value())
                .param("state", outcome == null ? null : outcome.state().name())
                .param("failure", outcome == null || outcome.failure() == null ? null : outcome.failure().name())
                .param("after", after == null ? null : after.value())
                .param("limit", limit)
                .query(this::item).list();
    }

    /** Marks the next PENDING item of a RUNNING job RUNNING and returns its charger; empty when there is none. */
    Optional<ChargerIdentity> claimNext(BulkJobId job, Instant now) {
        return jdbc.sql("""
                        UPDATE bulk_job_items SET state = 'RUNNING', attempts = attempts + 1, started_at = :now
                         WHERE job_id = :job AND charger = (
                               SELECT i.charger FROM bulk_job_items i JOIN bulk_jobs j ON j.id = i.job_id
                                WHERE i.job_id = :job AND i.state = 'PENDING' AND j.state = 'RUNNING'
                                ORDER BY i.charger LIMIT 1
                                  FOR UPDATE OF i SKIP LOCKED)
                        RETURNING charger""")
                .param("job", job.value()).param("now", sql(now))
                .query((rs, row) -> new ChargerIdentity(rs.getString("charger")))
                .optional();
    }

    void record(BulkJobId job, ChargerIdentity charger, ItemOutcome outcome, Instant now) {
        jdbc.sql("""
                        UPDATE bulk_job_items
                           SET state = :state, failure = :failure, status = :status, error = :error,
                               command_id = :commandId, result = CAST(:result AS jsonb), finished_at = :now
                         WHERE job_id = :job AND charger = :charger AND state = 'RUNNING'""")
                .param("state", outcome.state().name())
                .param("failure", outcome.failure() == null ? null : outcome.failure().name())
                .param("status", outcome.status()).param("error", outcome.error())
                .param("commandId", outcome.commandId() == null ? null : outcome.commandId().value())
                .param("result", outcome.result() == null ? null : json.writeValueAsString(outcome.result()))
                .param("now", sql(now))
                .param("job", job.value()).param("charger", charger.value())
                .update();
    }

    /**
     * Called by the runner when it found nothing to claim and has no item of this job in flight: COMPLETES a
     * RUNNING job without open items. Items still RUNNING then are stragglers whose outcome could not be written;
     * they go back to PENDING. True when there is nothing more to do (job finished, cancelled or gone).
     */
    boolean finishOrRequeueStragglers(BulkJobId job, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            Optional<BulkJobState> state = lockJob(job);
            if (state.isEmpty() || state.get() != BulkJobState.RUNNING) {
                return true;
            }
            jdbc.sql("UPDATE bulk_job_items SET state = 'PENDING' WHERE job_id = :job AND state = 'RUNNING'")
                    .param("job", job.value()).update();
            boolean open = jdbc.sql("SELECT EXISTS (SELECT 1 FROM bulk_job_items WHERE job_id = :job AND state = 'PENDING')")
                    .param("job", job.value()).query(Boolean.class).single();
            if (open) {
                return false;
            }
            jdbc.sql("UPDATE bulk_jobs SET state = 'COMPLETED', finished_at = :now WHERE id = :job")
                    .param("now", sql(now)).param("job", job.value()).update();
            return true;
        }));
    }

    /** RUNNING → CANCELLED, with every PENDING item. False when the job is not RUNNING. */
    boolean cancel(BulkJobId job, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            BulkJobState state = lockJob(job).orElseThrow(() -> new BulkJobNotFoundException(job));
            if (state != BulkJobState.RUNNING) {
                return false;
            }
            jdbc.sql("UPDATE bulk_job_items SET state = 'CANCELLED', finished_at = :now WHERE job_id = :job AND state = 'PENDING'")
                    .param("now", sql(now)).param("job", job.value()).update();
            jdbc.sql("UPDATE bulk_jobs SET state = 'CANCELLED', finished_at = :now WHERE id = :job")
                    .param("now", sql(now)).param("job", job.value()).update();
            return true;
        }));
    }

    /** Puts the items with one of the outcomes back to PENDING and the job to RUNNING if any was; returns how many. */
    int requeue(BulkJobId job, Set<BulkItemOutcome> outcomes) {
        Integer requeued = tx.execute(status -> {
            lockJob(job).orElseThrow(() -> new BulkJobNotFoundException(job));
            StringBuilder which = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            params.put("job", job.value());
            int i = 0;
            for (BulkItemOutcome outcome : outcomes) {
                which.append(i == 0 ? "" : " OR ").append("(state = :state").append(i);
                params.put("state" + i, outcome.state().name());
                if (outcome.failure() != null) {
                    which.append(" AND failure = :failure").append(i);
                    params.put("failure" + i, outcome.failure().name());
                }
                which.append(')');
                i++;
            }
            int count = jdbc.sql("""
                            UPDATE bulk_job_items
                               SET state = 'PENDING', failure = NULL, status = NULL, error = NULL, command_id = NULL,
                                   result = NULL, started_at = NULL, finished_at = NULL
                             WHERE job_id = :job AND (""" + which + ")")
                    .params(params).update();
            if (count > 0) {
                jdbc.sql("UPDATE bulk_jobs SET state = 'RUNNING', finished_at = NULL WHERE id = :job")
                        .param("job", job.value()).update();
            }
            return count;
        });
        return requeued == null ? 0 : requeued;
    }

    /**
     * At start-up: items a stop left RUNNING go back to PENDING (their answer, if any came, was never recorded;
     * the command log still has the attempt); in a job cancelled meanwhile they fail. Returns the RUNNING jobs.
     */
    List<BulkJobId> recoverInterrupted(Instant now) {
        return tx.execute(status -> {
            jdbc.sql("""
                            UPDATE bulk_job_items SET state = 'PENDING', started_at = NULL
                             WHERE state = 'RUNNING' AND job_id IN (SELECT id FROM bulk_jobs WHERE state = 'RUNNING')""")
                    .update();
            jdbc.sql("""
                            UPDATE bulk_job_items SET state = 'FAILED', failure = 'ERROR', finished_at = :now,
                                   error = 'Busbar stopped before the answer was recorded; see the command log'
                             WHERE state = 'RUNNING'""")
                    .param("now", sql(now)).update();
            return jdbc.sql("SELECT id FROM bulk_jobs WHERE state = 'RUNNING' ORDER BY seq")
                    .query((rs, row) -> new BulkJobId(rs.getObject("id", UUID.class))).list();
        });
    }

    private Optional<BulkJobState> lockJob(BulkJobId job) {
        return jdbc.sql("SELECT state FROM bulk_jobs WHERE id = :job FOR UPDATE").param("job", job.value())
                .query((rs, row) -> BulkJobState.valueOf(rs.getString("state"))).optional();
    }

    private static BulkJobProgress progress(Map<String, Integer> counts) {
        Map<BulkItemFailure, Integer> failedBy = new EnumMap<>(BulkItemFailure.class);
        int failed = 0;
        for (BulkItemFailure failure : BulkItemFailure.values()) {
            int n = counts.getOrDefault(failure.name(), 0);
            failedBy.put(failure, n);
            failed += n;
        }
        int pending = counts.getOrDefault("PENDING", 0);
        int running = counts.getOrDefault("RUNNING", 0);
        int succeeded = counts.getOrDefault("SUCCEEDED", 0);
        int rejected = counts.getOrDefault("REJECTED", 0);
        int cancelled = counts.getOrDefault("CANCELLED", 0);
        return new BulkJobProgress(pending + running + succeeded + rejected + failed + cancelled, pending, running,
                succeeded, rejected, failed, cancelled, failedBy);
    }

    private JobRow job(ResultSet rs, int row) throws SQLException {
        BulkAction action = "COMMAND".equals(rs.getString("action_kind"))
                ? new BulkAction.RunCommand(rs.getString("command"), json.readValue(rs.getString("arguments"), MAP))
                : new BulkAction.CheckTemplate(rs.getBoolean("correct"));
        long timeoutMs = rs.getLong("timeout_per_charger_ms");
        Duration timeout = rs.wasNull() ? null : Duration.ofMillis(timeoutMs);
        return new JobRow(new BulkJobId(rs.getObject("id", UUID.class)), BulkJobState.valueOf(rs.getString("state")),
                targets.read(rs.getString("target")), action, rs.getInt("concurrency"),
                timeout,
                new Actor(rs.getString("actor_kind"), rs.getString("actor_id"), rs.getString("actor_name")),
                instant(rs, "created_at"), instant(rs, "finished_at"));
    }

    private BulkItem item(ResultSet rs, int row) throws SQLException {
        String failure = rs.getString("failure");
        UUID commandId = rs.getObject("command_id", UUID.class);
        String result = rs.getString("result");
        return new BulkItem(new ChargerIdentity(rs.getString("charger")), BulkItemState.valueOf(rs.getString("state")),
                failure == null ? null : BulkItemFailure.valueOf(failure), rs.getString("status"),
                rs.getString("error"), commandId == null ? null : new CommandId(commandId),
                result == null ? null : json.readValue(result, MAP), rs.getInt("attempts"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
