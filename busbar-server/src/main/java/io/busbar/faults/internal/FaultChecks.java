package io.busbar.faults.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the periodic checks every {@code busbar.faults.check-interval}: connection grace, boot-loop quiet, ghosts. */
@Component
class FaultChecks implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FaultChecks.class);
    private final ConnectionFaults connections;
    private final BootLoopFaults bootLoops;
    private final GhostDetector ghosts;
    private final FaultProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    FaultChecks(ConnectionFaults connections, BootLoopFaults bootLoops, GhostDetector ghosts,
                FaultProperties properties, Clock clock) {
        this.connections = connections;
        this.bootLoops = bootLoops;
        this.ghosts = ghosts;
        this.properties = properties;
        this.clock = clock;
    }

    void runOnce() {
        var now = clock.instant();
        // Each check on its own: one failing must not starve the others.
        run("connection", () -> connections.check(now));
        run("boot loop", () -> bootLoops.check(now));
        run("ghost", () -> ghosts.check(now));
    }

    private static void run(String name, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            log.warn("Fault check '{}' failed; it runs again at the next interval", name, e);
        }
    }

    @Override
    public void start() {
        long period = properties.checkInterval().toMillis();
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("fault-checks").factory());
        scheduler.scheduleWithFixedDelay(this::runOnce, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
