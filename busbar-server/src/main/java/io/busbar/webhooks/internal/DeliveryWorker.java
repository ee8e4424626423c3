package io.busbar.webhooks.internal;

import io.busbar.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due deliveries every {@code busbar.webhooks.poll-interval}: claims a batch (committed at once, so no
 * connection is held while receivers answer), sends them in parallel (each is the head of its own charger's queue),
 * then records each attempt in a transaction of its own. A delivery is DELIVERED only after a 2xx.
 *
 * <p>Stopping lets the sends in flight finish (up to the connect + read timeouts) and records them, so that a
 * receiver's acknowledgement is not lost to a restart; only a send cut off past that, or by a crash, goes out again
 * after its claim lease expires.
 */
@Component
class DeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final String SECRET_PURPOSE = "webhook-subscription";

    private final DeliveryQueue queue;
    private final SubscriptionStore subscriptions;
    private final DeliverySender sender;
    private final SecretBox secrets;
    private final WebhookProperties properties;
    private final RetrySchedule retries;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Object idle = new Object();
    private Thread loop;
    private volatile boolean running;

    DeliveryWorker(DeliveryQueue queue, SubscriptionStore subscriptions, DeliverySender sender, SecretBox secrets,
                   WebhookProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.secrets = secrets;
        this.properties = properties;
        this.retries = new RetrySchedule(properties.retryBackoff(), properties.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One pass: claim, send, record. @return how many deliveries were attempted */
    int runOnce() throws InterruptedException {
        Instant now = clock.instant();
        List<DeliveryQueue.Claimed> claimed = tx.execute(status ->
                queue.claim(now, properties.claimLease(), properties.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            claimed.forEach(delivery -> futures.add(sends.submit(() -> deliver(delivery))));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    sends.shutdownNow();
                    throw e;
                } catch (java.util.concurrent.ExecutionException e) {
                    log.warn("A webhook delivery failed unexpectedly; it is tried again after its lease", e.getCause());
                }
            }
        }
        return claimed.size();
    }

    private void deliver(DeliveryQueue.Claimed delivery) {
        Optional<SubscriptionStore.Target> target = subscriptions.target(delivery.subscription());
        if (target.isEmpty()) {
            return; // unsubscribed meanwhile: its deliveries went with it
        }
        DeliverySender.Outcome outcome;
        try {
            outcome = sender.send(target.get().url(), secrets.open(target.get().sealedSecret(), SECRET_PURPOSE),
                    delivery.id(), delivery.event(), delivery.payload());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // not recorded: due again once its lease expires (the receiver may have got it: at least once)
        }
        Optional<Instant> retryAt = outcome.succeeded() ? Optional.empty()
                : retries.next(outcome.at(), delivery.attempt());
        tx.executeWithoutResult(status -> queue.record(delivery, outcome, retryAt));
        if (!outcome.succeeded()) {
            // The host only: a URL may carry a token in its path or query. Never the secret or the body.
            log.warn("Webhook delivery {} to {} failed (attempt {} of {}): {}{}", delivery.id(),
                    target.get().url().getHost(), delivery.attempt(), properties.maxAttempts(), outcome.error(),
                    retryAt.isEmpty() ? "; given up (DEAD)" : "");
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = Thread.ofVirtual().name("webhook-deliveries").start(this::poll);
    }

    private void poll() {
        while (running) {
            try {
                if (runOnce() == 0) {
                    pause();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Webhook delivery run failed; trying again in {}", properties.pollInterval(), e);
                try {
                    pause();
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Waits one poll interval, or less when stopped. */
    private void pause() throws InterruptedException {
        synchronized (idle) {
            if (running) {
                idle.wait(properties.pollInterval().toMillis());
            }
        }
    }

    /** Lets the batch in flight finish and be recorded, within the time a send may take; then cuts it off. */
    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = loop;
            loop = null;
        }
        if (current == null) {
            return;
        }
        synchronized (idle) {
            idle.notifyAll();
        }
        Duration grace = properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(1);
        try {
            if (!current.join(grace)) {
                current.interrupt();
                current.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            current.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
