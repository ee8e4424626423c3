package io.busbar.bulk;

/**
 * Selects items of a job by what became of them: by {@link BulkItemState} (FAILED = failed for any reason) or by
 * {@link BulkItemFailure} (OFFLINE, TIMEOUT...). Used to filter the item list and to choose what to retry.
 */
public enum BulkItemOutcome {
    PENDING(BulkItemState.PENDING, null),
    RUNNING(BulkItemState.RUNNING, null),
    SUCCEEDED(BulkItemState.SUCCEEDED, null),
    REJECTED(BulkItemState.REJECTED, null),
    FAILED(BulkItemState.FAILED, null),
    CANCELLED(BulkItemState.CANCELLED, null),
    OFFLINE(BulkItemState.FAILED, BulkItemFailure.OFFLINE),
    TIMEOUT(BulkItemState.FAILED, BulkItemFailure.TIMEOUT),
    CALL_ERROR(BulkItemState.FAILED, BulkItemFailure.CALL_ERROR),
    NOT_SUPPORTED(BulkItemState.FAILED, BulkItemFailure.NOT_SUPPORTED),
    INVALID(BulkItemState.FAILED, BulkItemFailure.INVALID),
    ERROR(BulkItemState.FAILED, BulkItemFailure.ERROR);

    private final BulkItemState state;
    private final BulkItemFailure failure;

    BulkItemOutcome(BulkItemState state, BulkItemFailure failure) {
        this.state = state;
        this.failure = failure;
    }

    public BulkItemState state() {
        return state;
    }

    /** Null when any failure (or no failure) matches. */
    public BulkItemFailure failure() {
        return failure;
    }

    /** Only final outcomes other than success can be retried. */
    public boolean retryable() {
        return state == BulkItemState.FAILED || state == BulkItemState.REJECTED || state == BulkItemState.CANCELLED;
    }
}
