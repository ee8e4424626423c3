package io.busbar.bulk;

/**
 * Where one charger of a bulk job stands: PENDING → RUNNING → SUCCEEDED, REJECTED or FAILED; items still
 * PENDING when the job is cancelled become CANCELLED.
 */
public enum BulkItemState {
    PENDING,
    RUNNING,
    /**
     * The charger answered with a status that means it did or will do it: Accepted, Scheduled (2.0.1 reset or
     * update at a later moment), AcceptedCanceled (2.0.1 firmware: accepted, the running update was cancelled),
     * RebootRequired (setting stored, active after a reboot), Unlocked; or an answer without a status (e.g. a
     * configuration read). A template check succeeds when the charger is in sync (after correction, if asked)
     * or no template applies.
     */
    SUCCEEDED,
    /** The charger answered, with any other status (Rejected, NotSupported, UnlockFailed, Occupied...). */
    REJECTED,
    /** No usable answer; {@link BulkItemFailure} says why. */
    FAILED,
    /** The job was cancelled before this charger's turn. */
    CANCELLED;

    public boolean isFinal() {
        return this != PENDING && this != RUNNING;
    }
}
