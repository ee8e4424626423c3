package io.busbar.sessions;

public enum SessionState {
    ACTIVE, ENDED
}
