package io.busbar.bulk.internal;

import io.busbar.bulk.BulkItemFailure;
import io.busbar.bulk.BulkJobId;
import io.busbar.chargers.ChargerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Works through the items of RUNNING jobs: one dispatcher (virtual thread) per job claims the job's PENDING items
 * from the database one by one and runs each on a virtual thread of its own, never more at once than the job's
 * concurrency (a semaphore). When nothing is left to claim and nothing is in flight, the job is COMPLETED.
 *
 * <p>At start-up, items a stop left RUNNING go back to PENDING and the RUNNING jobs resume after
 * {@code busbar.bulk.resume-delay}, giving the chargers time to reconnect. On stop, no new item is started; the
 * items in flight finish, except those whose connection the stop itself closes: they are run again after the
 * restart. This bean stops before the web server (default phase), so those connections close after it.
 *
 * <p>One node runs the jobs it sees; several nodes would each run them, with the concurrency limit per node (a
 * single-owner lease belongs in the cluster module once it exists).
 */
@Component
class BulkJobRunner implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BulkJobRunner.class);
    private static final Executor VIRTUAL = runnable -> Thread.ofVirtual().name("bulk-item").start(runnable);

    private final BulkJobStore store;
    private final ItemExecutor executor;
    private final BulkProperties properties;
    private final Clock clock;
    /** The dispatcher of each job being worked on; guarded by {@code this}. */
    private final Map<BulkJobId, Thread> dispatchers = new HashMap<>();
    private Thread resumer;
    private volatile boolean running;

    BulkJobRunner(BulkJobStore store, ItemExecutor executor, BulkProperties properties, Clock clock) {
        this.store = store;
        this.executor = executor;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        running = true;
        List<BulkJobId> unfinished = store.recoverInterrupted(clock.instant());
        if (unfinished.isEmpty()) {
            return;
        }
        log.info("Resuming {} bulk job(s) in {}", unfinished.size(), properties.resumeDelay());
        resumer = Thread.ofVirtual().name("bulk-resume").start(() -> {
            try {
                Thread.sleep(properties.resumeDelay());
            } catch (InterruptedException e) {
                return;
            }
            unfinished.forEach(this::launch);
        });
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (resumer != null) {
            resumer.interrupt();
        }
        dispatchers.values().forEach(Thread::interrupt);
        dispatchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts working on the job unless a dispatcher already does (then it will see any newly queued items). */
    synchronized void launch(BulkJobId job) {
        if (!running || dispatchers.containsKey(job)) {
            return;
        }
        Thread dispatcher = Thread.ofVirtual().name("bulk-job-" + job).unstarted(() -> dispatch(job));
        dispatchers.put(job, dispatcher);
        dispatcher.start();
    }

    private void dispatch(BulkJobId id) {
        try {
            JobPlan plan = store.existing(id).plan();
            Semaphore slots = new Semaphore(plan.concurrency());
            while (running) {
                slots.acquire();
                Optional<ChargerIdentity> next = store.claimNext(id, clock.instant());
                if (next.isPresent()) {
                    ChargerIdentity charger = next.get();
                    VIRTUAL.execute(() -> {
                        try {
                            runItem(plan, charger);
                        } finally {
                            slots.release();
                        }
                    });
                    continue;
                }
                slots.release();
                // Wait until this job has nothing in flight, then finish it unless a retry queued more meanwhile.
                slots.acquire(plan.concurrency());
                slots.release(plan.concurrency());
                if (finished(id)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Bulk job {} stopped; it resumes on the next retry or restart", id, e);
        } finally {
            synchronized (this) {
                dispatchers.remove(id, Thread.currentThread());
            }
        }
    }

    /** Under the lock {@link #launch} takes, so a retry either sees this dispatcher running or starts a new one. */
    private synchronized boolean finished(BulkJobId id) {
        if (store.finishOrRequeueStragglers(id, clock.instant())) {
            dispatchers.remove(id, Thread.currentThread());
            log.info("Bulk job {} finished", id);
            return true;
        }
        return false;
    }

    private void runItem(JobPlan plan, ChargerIdentity charger) {
        Optional<ItemOutcome> outcome;
        try {
            outcome = plan.timeoutPerCharger() == null ? Optional.of(executor.run(plan, charger))
                    : withTimeout(plan, charger, plan.timeoutPerCharger());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!running && outcome.filter(o -> o.failure() == BulkItemFailure.OFFLINE).isPresent()) {
            // Our own stop closed the connection before the charger answered: not the charger's failure. The item
            // stays RUNNING and is run again after the restart.
            log.info("Bulk job {}: {} interrupted by the stop; it runs again after the restart", plan.id(), charger);
            return;
        }
        try {
            outcome.ifPresent(o -> store.record(plan.id(), charger, o, clock.instant()));
        } catch (RuntimeException e) {
            // Left RUNNING: the runner puts it back to PENDING before it finishes the job (or after a restart).
            log.error("Bulk job {}: could not record the outcome for {}", plan.id(), charger, e);
        }
    }

    /**
     * Records TIMEOUT when the charger takes longer than the job allows, but keeps the item's concurrency slot
     * until the call really ends, so the limit counts calls on the wire; a late answer is in the command log.
     * Empty when the TIMEOUT was recorded here: the late outcome must not overwrite a retry's attempt.
     */
    private Optional<ItemOutcome> withTimeout(JobPlan plan, ChargerIdentity charger, Duration timeout)
            throws InterruptedException {
        CompletableFuture<ItemOutcome> attempt = CompletableFuture.supplyAsync(() -> executor.run(plan, charger),
                VIRTUAL);
        try {
            return Optional.of(attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            store.record(plan.id(), charger, ItemOutcome.failed(BulkItemFailure.TIMEOUT,
                    "No answer within " + timeout + "; a later answer is in the charger's command log", null),
                    clock.instant());
            attempt.join();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("ItemExecutor never throws", e.getCause());
        }
    }
}
