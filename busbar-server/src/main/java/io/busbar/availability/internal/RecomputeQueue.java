package io.busbar.availability.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Keys waiting to be recomputed, each at most once in the queue and never worked on by two threads at once: a key
 * marked while it is being worked on is queued again when that work ends, so the last change always gets a fresh
 * read and an older read is never applied after a newer one. A burst of changes to one charger costs one recompute.
 */
final class RecomputeQueue<K> {
    private enum State { QUEUED, RUNNING, RUNNING_AND_MARKED }

    private final Map<K, State> states = new ConcurrentHashMap<>();
    private final BlockingQueue<K> queue = new LinkedBlockingQueue<>();

    void mark(K key) {
        boolean[] fresh = new boolean[1];
        states.compute(key, (k, current) -> {
            if (current == null) {
                fresh[0] = true;
                return State.QUEUED;
            }
            return current == State.QUEUED ? State.QUEUED : State.RUNNING_AND_MARKED;
        });
        if (fresh[0]) {
            queue.add(key);
        }
    }

    /** Waits at most {@code timeout} for a key to work on; null when none came. */
    K take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            K key = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (key == null || states.replace(key, State.QUEUED, State.RUNNING)) {
                return key;
            }
        }
    }

    /** The work on {@code key} ended (whatever its outcome). */
    void done(K key) {
        State after = states.compute(key, (k, current) -> current == State.RUNNING_AND_MARKED ? State.QUEUED : null);
        if (after == State.QUEUED) {
            queue.add(key);
        }
    }

    int waiting() {
        return queue.size();
    }
}
