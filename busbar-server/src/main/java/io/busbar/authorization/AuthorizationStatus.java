package io.busbar.authorization;

/** The verdict on a token. 1.6 has no UNKNOWN: its adapter answers Invalid. */
public enum AuthorizationStatus {
    ACCEPTED, BLOCKED, EXPIRED, INVALID, UNKNOWN, CONCURRENT_TX;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
