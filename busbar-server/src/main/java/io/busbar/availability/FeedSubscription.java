package io.busbar.availability;

import java.time.Duration;
import java.util.Optional;

/** One subscriber's view of a tenant's changes. Never blocks the publisher: a subscriber that falls behind is dropped. */
public interface FeedSubscription extends AutoCloseable {
    /**
     * The next event, waiting at most {@code timeout}; empty when none came (time for a keep-alive).
     *
     * @throws SubscriberFellBehindException when it did not keep up and was dropped (reconnect with the last id)
     */
    Optional<FeedEvent> next(Duration timeout) throws InterruptedException;

    /** Stops receiving; idempotent. */
    @Override
    void close();
}
