package io.busbar.demo;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells every simulated charger of a fleet to finish: their waits end at once instead of sleeping on. */
final class StopSignal {
    private final CountDownLatch stopped = new CountDownLatch(1);

    void stop() {
        stopped.countDown();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /** Waits {@code period}; false if the fleet was told to stop (or the thread interrupted) meanwhile. */
    boolean pause(Duration period) {
        try {
            return !stopped.await(Math.max(0, period.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
