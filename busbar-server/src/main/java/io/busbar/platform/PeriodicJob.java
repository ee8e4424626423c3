package io.busbar.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Work a module repeats on a fixed delay from application start to shutdown (expiry sweeps, watchdogs, guards), on
 * one virtual thread per run so a run may block on a charger or the database. A run that throws is logged and the
 * next one goes ahead: an exception never ends the schedule. Subclasses are Spring components and implement
 * {@link #runOnce()}; tests call that directly.
 */
public abstract class PeriodicJob implements SmartLifecycle {
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration interval;
    private ScheduledExecutorService timer;

    /** @param setting the configuration key of {@code interval}, named in the error when it is not positive */
    protected PeriodicJob(String name, Duration interval, String setting) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, setting);
        if (!interval.isPositive()) {
            throw new IllegalArgumentException(setting + " must be positive");
        }
        this.interval = interval;
    }

    /** A job whose run is {@code work}: for sweeps that need no state of their own. */
    public static PeriodicJob every(String name, Duration interval, String setting, Runnable work) {
        Objects.requireNonNull(work, "work");
        return new PeriodicJob(name, interval, setting) {
            @Override
            protected void runOnce() {
                work.run();
            }
        };
    }

    /** One run; called every {@code interval} after the previous run ended. */
    protected abstract void runOnce();

    /** Whether the job is wanted at all (a job switched off by configuration never starts). */
    protected boolean enabled() {
        return true;
    }

    protected Duration interval() {
        return interval;
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}", name, interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (timer != null || !enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            Thread run = Thread.ofVirtual().name(name + "-run").start(this::runQuietly);
            try {
                run.join();
            } catch (InterruptedException e) {
                run.interrupt();
                Thread.currentThread().interrupt();
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
