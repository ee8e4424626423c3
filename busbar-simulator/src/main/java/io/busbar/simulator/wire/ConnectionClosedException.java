package io.busbar.simulator.wire;

/** The WebSocket closed (or failed) before the CALL was answered. */
public final class ConnectionClosedException extends RuntimeException {
    public ConnectionClosedException(String message) {
        super(message);
    }
}
