package io.busbar.drivers;

/** A stop for a session that has ended. */
public class SessionAlreadyEndedException extends RuntimeException {
    public SessionAlreadyEndedException(String message) {
        super(message);
    }
}
