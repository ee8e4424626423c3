package io.busbar.payments.internal;

import io.busbar.payments.TerminalPayments;
import io.busbar.payments.Wallets;
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
 * Every {@code busbar.payments.expiry-check-interval} (60 s): posts PROMO_EXPIRY for lapsed promotional credit and
 * releases ad hoc authorizations whose session never started.
 */
@Component
class PaymentExpiryJob implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PaymentExpiryJob.class);
    private final Wallets wallets;
    private final TerminalPayments terminal;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    PaymentExpiryJob(Wallets wallets, TerminalPayments terminal, Clock clock,
                     @Value("${busbar.payments.expiry-check-interval:60s}") Duration interval) {
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("busbar.payments.expiry-check-interval must be positive");
        }
        this.wallets = wallets;
        this.terminal = terminal;
        this.clock = clock;
        this.interval = interval;
    }

    void run() {
        try {
            wallets.expirePromotions(clock.instant());
            terminal.releaseExpired(clock.instant());
        } catch (RuntimeException e) {
            // The next run tries again; an exception must not end the schedule.
            log.warn("Payment expiry run failed; retrying in {}", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("payment-expiry").daemon().factory());
            long millis = interval.toMillis();
            timer.scheduleWithFixedDelay(this::run, millis, millis, TimeUnit.MILLISECONDS);
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
