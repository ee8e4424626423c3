package io.busbar.authorization;

/** Port to the sessions module: whether a token is in an active session (for ConcurrentTx). */
public interface ActiveSessions {
    boolean hasActiveSession(String tokenValue);
}
