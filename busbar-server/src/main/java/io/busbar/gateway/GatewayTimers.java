package io.busbar.gateway;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's only timer thread plus a virtual-thread executor. Timed work that may block (sending a frame,
 * completing a caller's future) is handed to a virtual thread so one slow socket or caller cannot stall the
 * timer that serves every connection.
 */
final class GatewayTimers implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;
    private final ExecutorService virtualThreads;

    GatewayTimers() {
        timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("busbar-gateway-timer").daemon().factory());
        // Cancelled call timeouts are the common case: drop them from the queue at once.
        timer.setRemoveOnCancelPolicy(true);
        virtualThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("busbar-gateway-", 0).factory());
    }

    /** Runs {@code task} on a virtual thread after {@code delay}. */
    ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return timer.schedule(() -> execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs a short, non-blocking {@code task} on the timer thread every {@code period}. */
    ScheduledFuture<?> every(Duration period, Runnable task) {
        return timer.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    void execute(Runnable task) {
        try {
            virtualThreads.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            task.run();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        virtualThreads.shutdown();
    }
}
