package io.busbar.gateway;

import io.busbar.gateway.ConnectionListener.DisconnectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.CloseStatus;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Maps each identity to its current connection and tells the {@link ConnectionListener}s. Registration and
 * unregistration of one identity are serialised by a lock stripe, so listeners see, per identity, a strict
 * sequence {@code connected(a)}, {@code disconnected(a, REPLACED)}, {@code connected(b)}, ... and a late close
 * of a replaced socket never unregisters its successor (it is removed only if it is still the mapped one).
 */
final class ConnectionRegistry implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ConnectionRegistry.class);
    static final CloseStatus REPLACED = new CloseStatus(CloseStatus.NORMAL.getCode(), "replaced by a new connection");
    private static final CloseStatus SHUTDOWN = new CloseStatus(CloseStatus.GOING_AWAY.getCode(), "Busbar is shutting down");
    private static final int STRIPES = 64;

    private final ConcurrentHashMap<String, OcppConnection> byIdentity = new ConcurrentHashMap<>(1024);
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final List<ConnectionListener> listeners;
    private final Clock clock;
    private volatile boolean running;
    private volatile boolean stopping;

    ConnectionRegistry(List<ConnectionListener> listeners, Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    Optional<OcppConnection> find(String identity) {
        return Optional.ofNullable(byIdentity.get(identity));
    }

    Collection<OcppConnection> all() {
        return byIdentity.values();
    }

    int size() {
        return byIdentity.size();
    }

    /** Makes {@code connection} the current one for its identity, replacing (and closing) any previous one. */
    void register(OcppConnection connection) {
        OcppConnection replaced;
        ReentrantLock stripe = stripeOf(connection.identity());
        stripe.lock();
        try {
            replaced = byIdentity.put(connection.identity(), connection);
            if (replaced != null) {
                log.info("Charger {} connected again from {}: replacing its previous connection",
                        connection.identity(), connection.remoteAddress());
                reportDisconnected(replaced, DisconnectReason.REPLACED);
            }
            log.info("Charger {} connected with {} from {}{}", connection.identity(),
                    connection.version().subprotocol(), connection.remoteAddress(), connection.secure() ? " (TLS)" : "");
            for (ConnectionListener listener : listeners) {
                try {
                    listener.connected(connection);
                } catch (RuntimeException e) {
                    log.error("Connection listener {} failed on connect of {}", listener, connection.identity(), e);
                }
            }
        } finally {
            stripe.unlock();
        }
        if (replaced != null) {
            replaced.close(REPLACED, DisconnectReason.REPLACED);
        }
        if (stopping) {
            close(connection, SHUTDOWN, DisconnectReason.SHUTDOWN);
        }
    }

    /** Forgets {@code connection} if it is still current, and reports its end once. */
    void unregister(OcppConnection connection, DisconnectReason reason) {
        ReentrantLock stripe = stripeOf(connection.identity());
        stripe.lock();
        try {
            byIdentity.remove(connection.identity(), connection);
            reportDisconnected(connection, reason);
        } finally {
            stripe.unlock();
        }
    }

    /** Closes {@code connection} for {@code reason} and reports it, whether or not the socket says goodbye. */
    void close(OcppConnection connection, CloseStatus status, DisconnectReason reason) {
        connection.close(status, reason);
        unregister(connection, connection.disconnectReason(reason));
    }

    private void reportDisconnected(OcppConnection connection, DisconnectReason reason) {
        if (!connection.claimDisconnectReport()) {
            return;
        }
        connection.outbound().close();
        log.info("Charger {} disconnected: {}", connection.identity(), reason);
        var at = clock.instant();
        for (ConnectionListener listener : listeners) {
            try {
                listener.disconnected(connection, reason, at);
            } catch (RuntimeException e) {
                log.error("Connection listener {} failed on disconnect of {}", listener, connection.identity(), e);
            }
        }
    }

    private ReentrantLock stripeOf(String identity) {
        return stripes[Math.floorMod(identity.hashCode(), STRIPES)];
    }

    @Override
    public void start() {
        // Also called after a stop when a context is restarted (Spring's test context cache pauses idle contexts).
        stopping = false;
        running = true;
    }

    /** Closes every connection with 1001 Going Away before the web server stops (which runs in a later phase). */
    @Override
    public void stop() {
        stopping = true;
        running = false;
        for (OcppConnection connection : byIdentity.values()) {
            close(connection, SHUTDOWN, DisconnectReason.SHUTDOWN);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
