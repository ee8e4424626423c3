package io.busbar.smartcharging.internal;

import io.busbar.chargers.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When each site is recomputed: on request (an event), gathering a burst of requests for {@code debounce} into one
 * round; at most one round per site at a time (a request during a round queues exactly one more); every
 * {@code tick} for every site (renewals, retries, non-EV load going stale); and at the time a retry falls due.
 */
@Component
class AllocationRounds implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AllocationRounds.class);

    private final SiteRound round;
    private final LiveState state;
    private final LoadManagementProperties properties;
    private final Clock clock;
    private final Map<SiteId, Worker> workers = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private ScheduledExecutorService scheduler;

    AllocationRounds(SiteRound round, LiveState state, LoadManagementProperties properties, Clock clock) {
        this.round = round;
        this.state = state;
        this.properties = properties;
        this.clock = clock;
        round.onRetryDue(this::requestAt);
        round.onAnswer(this::request);
    }

    private static final class Worker {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean queued = new AtomicBoolean();
    }

    /** Recompute the site soon (after the debounce), once however often this is called meanwhile. */
    void request(SiteId site) {
        ScheduledExecutorService timer = scheduler;
        if (timer == null) {
            return;
        }
        Worker worker = workers.computeIfAbsent(site, s -> new Worker());
        if (worker.queued.compareAndSet(false, true)) {
            try {
                timer.schedule(() -> executor.execute(() -> run(site, worker)), properties.debounce().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                worker.queued.set(false); // shutting down: nothing more to compute
            }
        }
    }

    void requestAt(SiteId site, Instant at) {
        ScheduledExecutorService timer = scheduler;
        if (timer != null) {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            try {
                timer.schedule(() -> request(site), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // shutting down
            }
        }
    }

    private void run(SiteId site, Worker worker) {
        worker.lock.lock();
        try {
            worker.queued.set(false);
            state.sites.get(site).ifPresent(round::run);
        } catch (RuntimeException e) {
            log.error("Load management round for site {} failed", site, e);
        } finally {
            worker.lock.unlock();
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("load-management")
                    .daemon().factory());
            long tick = properties.tick().toMillis();
            scheduler.scheduleAtFixedRate(() -> state.sites.all().forEach(site -> request(site.site())), tick, tick,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        executor.shutdownNow();
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
