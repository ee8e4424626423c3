package io.busbar.diagnostics.internal;

import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code busbar.firmware.sweep-interval}: unfinished updates without news for
 * {@code busbar.firmware.progress-timeout} become TIMED_OUT, and INSTALLED updates whose charger has since booted with
 * the image's version become VERIFIED (for chargers that report Installed before rebooting). Idempotent under the
 * row locks, so several nodes may run it.
 */
@Component
class FirmwareProgressWatch implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FirmwareProgressWatch.class);
    private final FirmwareUpdateStore store;
    private final FirmwareUpdateJobs jobs;
    private final FirmwareProperties properties;
    private final Clock clock;
    private ScheduledExecutorService sweeper;

    FirmwareProgressWatch(FirmwareUpdateStore store, FirmwareUpdateJobs jobs, FirmwareProperties properties,
                          Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    void sweep() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.progressTimeout());
        for (FirmwareUpdateId id : store.silentSince(cutoff)) {
            if (store.move(id, FirmwareUpdateStatus.TIMED_OUT, null, now,
                    "No progress for " + properties.progressTimeout())) {
                log.info("Firmware update {} timed out", id);
            }
        }
        store.installedSince(cutoff).forEach(jobs::verify);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The next sweep tries again; an exception must not end the schedule.
            log.warn("Could not check firmware updates for timeouts", e);
        }
    }

    @Override
    public synchronized void start() {
        if (sweeper != null) {
            return;
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("firmware-progress-watch").daemon().factory());
        long millis = properties.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeper != null;
    }
}
