package io.busbar.gateway;

import java.time.Instant;

/** Told when chargers connect and disconnect, e.g. to keep presence. Called off the socket's I/O path. */
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
