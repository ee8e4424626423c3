package io.busbar.selfhealing;

/** How one step of a run ended. */
public enum StepOutcome {
    /** The command was sent and the charger accepted it (Accepted, Scheduled, Unlocked). */
    SENT,
    /** The charger answered but refused (Rejected, UnlockFailed, NotSupported...). */
    REFUSED,
    /** No usable answer: offline, timeout, CALLERROR, or the command cannot be expressed for this charger. */
    FAILED,
    /** Not sent: a session is delivering energy where the command would act; it is never interrupted. */
    SKIPPED_ACTIVE_SESSION,
    /** Not sent: the charger had its allowance of automatic resets in the window. */
    SKIPPED_RATE_LIMITED,
    /** Not sent: the step does not apply (e.g. unlock for a charger-wide fault). */
    SKIPPED_NOT_APPLICABLE,
    /** A wait saw recovery. */
    RECOVERED,
    /** A wait ended without recovery. */
    NOT_RECOVERED,
    /** A wait with no action sent before it: nothing to verify, skipped. */
    SKIPPED_NOTHING_TO_VERIFY,
    /** The run was handed to a human. */
    HUMAN_CALLED
}
