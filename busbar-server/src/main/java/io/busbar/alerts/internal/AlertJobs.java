package io.busbar.alerts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs {@link AlertChecks} and {@link DeliveryJob} on their intervals, each on a thread of its own. */
@Component
class AlertJobs implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AlertJobs.class);

    private final AlertChecks checks;
    private final DeliveryJob deliveries;
    private final AlertProperties properties;
    private ScheduledExecutorService timer;

    AlertJobs(AlertChecks checks, DeliveryJob deliveries, AlertProperties properties) {
        this.checks = checks;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newScheduledThreadPool(2, Thread.ofPlatform().name("alerts-", 0).daemon().factory());
        long check = properties.checkInterval().toMillis();
        long deliver = properties.deliveryInterval().toMillis();
        timer.scheduleWithFixedDelay(() -> guarded("check", checks::run), check, check, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> guarded("delivery", () -> {
            try {
                deliveries.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), deliver, deliver, TimeUnit.MILLISECONDS);
    }

    /** An exception must not end the schedule: the next run tries again. */
    private static void guarded(String job, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("Alert {} job failed; it runs again at its next interval", job, e);
        }
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
