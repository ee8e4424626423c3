package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.CloseStatus;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Pings every connection once per ping interval and closes, as {@code LINK_DEAD}, those that showed no life (no
 * frame, no pong) for two intervals. One timer sweeps all connections four times per interval; the sweep only
 * reads two fields per connection and hands the sends to virtual threads, so it stays cheap at 20,000
 * connections. Elapsed time is measured with {@link System#nanoTime()}: it is a duration, not a point in time,
 * and must not jump with the wall clock.
 */
final class LivenessMonitor implements SmartLifecycle {
    private static final CloseStatus LINK_DEAD = new CloseStatus(CloseStatus.GOING_AWAY.getCode(),
            "no pong nor message within two ping intervals");
    private static final Duration SHORTEST_SWEEP = Duration.ofMillis(10);

    private final ConnectionRegistry registry;
    private final GatewayTimers timers;
    private final Duration pingInterval;
    private ScheduledFuture<?> sweeps;

    LivenessMonitor(ConnectionRegistry registry, GatewayTimers timers, Duration pingInterval) {
        this.registry = registry;
        this.timers = timers;
        this.pingInterval = pingInterval;
    }

    void sweep() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            // An exception would cancel the periodic task and silently end liveness for every connection.
            org.slf4j.LoggerFactory.getLogger(LivenessMonitor.class).error("Liveness sweep failed", e);
        }
    }

    private void sweepOnce() {
        long now = System.nanoTime();
        long pingEvery = pingInterval.toNanos();
        long deadAfter = 2 * pingEvery;
        for (OcppConnection connection : registry.all()) {
            if (connection.closing()) {
                continue;
            }
            if (now - connection.lastLifeNanos() >= deadAfter) {
                timers.execute(() -> registry.close(connection, LINK_DEAD, DisconnectReason.LINK_DEAD));
            } else if (now - connection.lastPingNanos() >= pingEvery) {
                connection.markPinged(now);
                timers.execute(connection::ping);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (pingInterval.isZero() || sweeps != null) {
            return;
        }
        Duration period = pingInterval.dividedBy(4);
        sweeps = timers.every(period.compareTo(SHORTEST_SWEEP) < 0 ? SHORTEST_SWEEP : period, this::sweep);
    }

    @Override
    public synchronized void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
            sweeps = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeps != null;
    }
}
