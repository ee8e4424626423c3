package io.busbar.availability;

/** A subscriber did not take its events as fast as they came and was dropped. */
public class SubscriberFellBehindException extends RuntimeException {
    public SubscriberFellBehindException(int queued) {
        super("Dropped after " + queued + " undelivered changes; reconnect with Last-Event-ID");
    }
}
