package io.busbar.bulk.internal;

import io.busbar.bulk.BulkAction;
import io.busbar.bulk.BulkItem;
import io.busbar.bulk.BulkItemOutcome;
import io.busbar.bulk.BulkJob;
import io.busbar.bulk.BulkJobConflictException;
import io.busbar.bulk.BulkJobId;
import io.busbar.bulk.BulkJobNotFoundException;
import io.busbar.bulk.BulkJobProgress;
import io.busbar.bulk.BulkJobRequest;
import io.busbar.bulk.BulkJobState;
import io.busbar.bulk.BulkJobs;
import io.busbar.bulk.InvalidBulkJobException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;
import io.busbar.commands.CommandTypes;
import io.busbar.commands.InvalidCommandException;
import io.busbar.devicemodel.DriftChecks;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Service
class BulkJobService implements BulkJobs {
    private static final Logger log = LoggerFactory.getLogger(BulkJobService.class);
    private final BulkJobStore store;
    private final TargetResolver targets;
    private final BulkJobRunner runner;
    private final CommandTypes types;
    private final ObjectProvider<DriftChecks> driftChecks;
    private final Clock clock;

    BulkJobService(BulkJobStore store, TargetResolver targets, BulkJobRunner runner, CommandTypes types,
                   ObjectProvider<DriftChecks> driftChecks, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.runner = runner;
        this.types = types;
        this.driftChecks = driftChecks;
        this.clock = clock;
    }

    @Override
    public BulkJob start(TenantId tenant, Actor operator, BulkJobRequest request) {
        if (request.concurrency() < 1 || request.concurrency() > BulkJobRequest.MAX_CONCURRENCY) {
            throw new InvalidBulkJobException("concurrency", "must be between 1 and " + BulkJobRequest.MAX_CONCURRENCY);
        }
        if (request.timeoutPerCharger() != null
                && (request.timeoutPerCharger().isNegative() || request.timeoutPerCharger().isZero())) {
            throw new InvalidBulkJobException("timeoutPerCharger", "must be positive");
        }
        checkAction(request.action());
        List<ChargerIdentity> chargers = targets.resolve(tenant, request.target());
        JobRow job = new JobRow(BulkJobId.random(), BulkJobState.RUNNING, request.target(), request.action(),
                request.concurrency(), request.timeoutPerCharger(), operator, clock.instant(), null);
        store.insert(tenant, job, chargers);
        log.info("Bulk job {} by {}:{}: {} on {} charger(s), {} at once", job.id(), operator.kind(), operator.id(),
                request.action(), chargers.size(), request.concurrency());
        runner.launch(job.id());
        return find(job.id()).orElseThrow();
    }

    @Override
    public Optional<BulkJob> find(BulkJobId id) {
        return store.find(id).map(row -> row.withProgress(store.progress(List.of(id)).get(id)));
    }

    @Override
    public Optional<TenantId> tenantOf(BulkJobId id) {
        return store.tenantOf(id);
    }

    @Override
    public List<BulkJob> list(TenantId tenant, BulkJobId after, int limit) {
        List<JobRow> rows = store.list(tenant, after, limit);
        Map<BulkJobId, BulkJobProgress> progress = store.progress(rows.stream().map(JobRow::id).toList());
        return rows.stream().map(row -> row.withProgress(progress.get(row.id()))).toList();
    }

    @Override
    public List<BulkItem> items(BulkJobId id, BulkItemOutcome outcome, ChargerIdentity after, int limit) {
        store.existing(id);
        return store.items(id, outcome, after, limit);
    }

    @Override
    public BulkJob cancel(BulkJobId id) {
        if (!store.cancel(id, clock.instant())) {
            throw new BulkJobConflictException("Bulk job " + id + " is " + store.existing(id).state()
                    + "; only a RUNNING job can be cancelled");
        }
        log.info("Bulk job {} cancelled", id);
        return find(id).orElseThrow(() -> new BulkJobNotFoundException(id));
    }

    @Override
    public BulkJob retry(BulkJobId id, Set<BulkItemOutcome> outcomes) {
        Set<BulkItemOutcome> which = outcomes == null || outcomes.isEmpty() ? EnumSet.of(BulkItemOutcome.FAILED)
                : EnumSet.copyOf(outcomes);
        List<BulkItemOutcome> notRetryable = which.stream().filter(outcome -> !outcome.retryable()).toList();
        if (!notRetryable.isEmpty()) {
            throw new InvalidBulkJobException("outcomes", notRetryable + " cannot be retried; choose among FAILED, "
                    + "REJECTED, CANCELLED or a failure (OFFLINE, TIMEOUT, CALL_ERROR, NOT_SUPPORTED, INVALID, ERROR)");
        }
        int requeued = store.requeue(id, which);
        log.info("Bulk job {}: {} item(s) re-queued ({})", id, requeued, which);
        if (requeued > 0) {
            runner.launch(id);
        }
        return find(id).orElseThrow(() -> new BulkJobNotFoundException(id));
    }

    private void checkAction(BulkAction action) {
        switch (action) {
            case BulkAction.RunCommand command -> {
                try {
                    types.decode(command.command(), command.arguments());
                } catch (InvalidCommandException e) {
                    throw new InvalidBulkJobException("action", e.getMessage());
                }
            }
            case BulkAction.CheckTemplate check -> {
                if (driftChecks.getIfAvailable() == null) {
                    throw new InvalidBulkJobException("action", "template checks are not available: this Busbar "
                            + "has no configuration templates");
                }
            }
        }
    }
}
