package io.busbar.gateway;

import java.time.Instant;

/**
 * Told when chargers connect and disconnect, e.g. to keep presence. Called on the connection's own virtual
 * thread, never on Tomcat's poller: {@code connected} returns before the charger's first frame is handled.
 * For one identity the calls never overlap and come in order: {@code connected(a)},
 * {@code disconnected(a, REPLACED)}, {@code connected(b)}, ... Keep them short: they delay that identity's
 * next connect. An exception is logged and does not affect the connection or the other listeners.
 */
public interface ConnectionListener {
    void connected(ChargerContext charger);

    void disconnected(ChargerContext charger, DisconnectReason reason, Instant at);

    enum DisconnectReason {
        /** The charger closed the socket. */
        CLOSED_BY_CHARGER,
        /** No pong nor message within two ping intervals. */
        LINK_DEAD,
        /** A new connection with the same identity replaced this one. */
        REPLACED,
        /** Busbar is shutting down. */
        SHUTDOWN,
        /** A transport or protocol error. */
        ERROR
    }
}
