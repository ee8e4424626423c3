package io.busbar.drivers;

/**
 * An Idempotency-Key that cannot be honoured: it was used for another request (another charger or EVSE), or the
 * first request with it is still waiting for the charger.
 */
public class IdempotencyKeyConflictException extends RuntimeException {
    private final boolean inProgress;

    public IdempotencyKeyConflictException(String message, boolean inProgress) {
        super(message);
        this.inProgress = inProgress;
    }

    /** True when the first request with this key has not been answered yet (retry later). */
    public boolean inProgress() {
        return inProgress;
    }
}
