package io.busbar.uptime.internal;

/** Counts for the charge-success rate. */
record SessionTally(int attempted, int succeeded, int inProgress) {
    static final SessionTally NONE = new SessionTally(0, 0, 0);

    SessionTally plus(boolean ended, boolean succeeded) {
        return ended ? new SessionTally(attempted + 1, this.succeeded + (succeeded ? 1 : 0), inProgress)
                : new SessionTally(attempted, this.succeeded, inProgress + 1);
    }

    SessionTally plus(SessionTally other) {
        return new SessionTally(attempted + other.attempted, succeeded + other.succeeded, inProgress + other.inProgress);
    }
}
