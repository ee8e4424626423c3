package io.busbar.sessions;

import io.busbar.authorization.AuthorizationResult;

/**
 * @param transactionNumber the number to give a 1.6 charger (also issued for 2.0.1 sessions, unused there)
 * @param authorization     the verdict on the token at start (ACCEPTED when no token was given)
 * @param duplicate         true when this start was already known (a retried message): nothing changed
 */
public record SessionStartResult(SessionId sessionId, long transactionNumber, AuthorizationResult authorization,
                                 boolean duplicate) {
}
