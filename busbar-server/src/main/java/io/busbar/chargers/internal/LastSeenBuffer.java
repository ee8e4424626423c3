package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Last-seen times not yet written to the charger rows. Heartbeats of 20,000 chargers would otherwise cost one
 * UPDATE and one commit each; here they cost a map write, and every {@code busbar.presence.flush-interval} (5 s
 * by default) all of them are written by one batched UPDATE. Last seen is a liveness hint and is never
 * acknowledged to a charger as stored (a HeartbeatResponse carries only the time), so the row may lag by one
 * interval, and a crash loses at most that lag. Readers on this node merge the pending value in
 * ({@link #pending}), so the REST API shows the exact time.
 */
@Component
class LastSeenBuffer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LastSeenBuffer.class);

    private final Map<String, Instant> pending = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Duration flushInterval;
    private ScheduledExecutorService flusher;

    LastSeenBuffer(JdbcClient jdbc, @Value("${busbar.presence.flush-interval:5s}") Duration flushInterval) {
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("busbar.presence.flush-interval must be positive");
        }
        this.jdbc = jdbc;
        this.flushInterval = flushInterval;
    }

    /** Keeps the latest of the times seen: a late, older heartbeat never moves last seen back. */
    void record(ChargerIdentity identity, Instant at) {
        pending.merge(identity.value(), at, (known, seen) -> seen.isAfter(known) ? seen : known);
    }

    /** The unwritten last-seen time of a charger, if any. */
    Optional<Instant> pending(ChargerIdentity identity) {
        return Optional.ofNullable(pending.get(identity.value()));
    }

    /** Forgets a pending time once it was written elsewhere (e.g. by the disconnect); a newer one stays. */
    void written(ChargerIdentity identity, Instant at) {
        pending.remove(identity.value(), at);
    }

    /** Writes every pending time in one statement; a time recorded meanwhile stays pending for the next flush. */
    void flush() {
        Map<String, Instant> snapshot = Map.copyOf(pending);
        if (snapshot.isEmpty()) {
            return;
        }
        String[] identities = new String[snapshot.size()];
        // Instants as ISO-8601 text: PostgreSQL reads the 'Z' as UTC, whatever the session time zone.
        String[] times = new String[snapshot.size()];
        int i = 0;
        for (Map.Entry<String, Instant> entry : snapshot.entrySet()) {
            identities[i] = entry.getKey();
            times[i++] = entry.getValue().toString();
        }
        jdbc.sql("""
                        UPDATE chargers c SET last_seen = v.ts
                          FROM unnest(?::text[], ?::timestamptz[]) AS v(id, ts)
                         WHERE c.identity = v.id AND (c.last_seen IS NULL OR c.last_seen < v.ts)""")
                .params(identities, times)
                .update();
        snapshot.forEach(pending::remove);
        log.debug("Wrote last seen of {} chargers", snapshot.size());
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The entries stay pending and the next flush tries again; an exception must not end the schedule.
            log.warn("Could not write last-seen times; retrying in {}", flushInterval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (flusher != null) {
            return;
        }
        flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("last-seen-flush").daemon().factory());
        long millis = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** At shutdown the pending times are written, so a clean restart loses none. */
    @Override
    public synchronized void stop() {
        if (flusher == null) {
            return;
        }
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flusher = null;
        flushQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return flusher != null;
    }

    /** Stops after the gateway (default phase) has closed the sockets, so their last heartbeats are written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }
}
