package io.busbar.availability.internal;

import io.busbar.availability.FeedEvent;
import io.busbar.availability.FeedSubscription;
import io.busbar.availability.SubscriberFellBehindException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One subscriber's bounded queue. The publisher only ever offers: a full queue drops the subscriber instead of
 * waiting for it, so a slow client never delays the feed or anyone else.
 */
final class Subscriber implements FeedSubscription {
    private final BlockingQueue<FeedEvent> queue;
    private final int capacity;
    private final Consumer<Subscriber> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean fellBehind;

    /** @param backlog events it starts with (a replay), on top of {@code capacity} */
    Subscriber(int capacity, List<FeedEvent> backlog, Consumer<Subscriber> onClose) {
        this.capacity = capacity + backlog.size();
        this.queue = new LinkedBlockingQueue<>(this.capacity);
        this.queue.addAll(backlog);
        this.onClose = onClose;
    }

    /** @return false when the subscriber is (now) dropped */
    boolean offer(FeedEvent event) {
        if (fellBehind || closed.get()) {
            return false;
        }
        if (!queue.offer(event)) {
            fellBehind = true;
            queue.clear();
            return false;
        }
        return true;
    }

    @Override
    public Optional<FeedEvent> next(Duration timeout) throws InterruptedException {
        if (fellBehind) {
            throw new SubscriberFellBehindException(capacity);
        }
        FeedEvent event = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (event == null && fellBehind) {
            throw new SubscriberFellBehindException(capacity);
        }
        return Optional.ofNullable(event);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }
}
