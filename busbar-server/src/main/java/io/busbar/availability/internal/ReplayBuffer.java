package io.busbar.availability.internal;

import io.busbar.availability.FeedEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last {@code capacity} events of a tenant, for subscribers that reconnect. Not thread-safe: its
 * {@link TenantFeed} guards it.
 */
final class ReplayBuffer {
    private final int capacity;
    private final ArrayDeque<FeedEvent> events;
    /** Every event up to this sequence is known: events before it were never published, or are kept. */
    private long completeSince;

    /** @param start the first sequence of this run: ids at or above it are this run's */
    ReplayBuffer(int capacity, long start) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(capacity);
        this.completeSince = start;
    }

    void add(FeedEvent event) {
        if (events.size() == capacity) {
            completeSince = events.removeFirst().sequence();
        }
        events.addLast(event);
    }

    /**
     * The events after {@code lastSeen}, oldest first; empty when some of them are no longer kept (or
     * {@code lastSeen} is not of this run): the subscriber needs a snapshot.
     */
    Optional<List<FeedEvent>> after(long lastSeen, long newest) {
        if (lastSeen < completeSince || lastSeen > newest) {
            return Optional.empty();
        }
        List<FeedEvent> missed = new ArrayList<>();
        for (FeedEvent event : events) {
            if (event.sequence() > lastSeen) {
                missed.add(event);
            }
        }
        return Optional.of(missed);
    }
}
