package io.busbar.reservations.internal;

import io.busbar.reservations.Reservations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code busbar.reservations.expiry-check-interval} (30 s) marks accepted reservations past their expiry as
 * EXPIRED. 1.6 chargers never say that a reservation expired (§5.13: it simply ends), so Busbar decides by the
 * expiry it sent; a 2.0.1 ReservationStatusUpdate may get there first.
 */
@Component
class ReservationExpiryJob implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);
    private final Reservations reservations;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    ReservationExpiryJob(Reservations reservations, Clock clock,
                         @Value("${busbar.reservations.expiry-check-interval:30s}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("busbar.reservations.expiry-check-interval must be positive");
        }
        this.reservations = reservations;
        this.clock = clock;
        this.interval = interval;
    }

    void run() {
        try {
            reservations.expireDue(clock.instant());
        } catch (RuntimeException e) {
            // The next run tries again; an exception must not end the schedule.
            log.warn("Could not expire reservations; retrying in {}", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("reservation-expiry").daemon()
                .factory());
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
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
