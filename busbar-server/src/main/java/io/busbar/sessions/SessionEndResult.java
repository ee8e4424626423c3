package io.busbar.sessions;

import io.busbar.authorization.AuthorizationResult;

/**
 * @param stopTokenAuthorization the verdict on the stop token, or null when none was given
 * @param alreadyEnded           true when the session had already ended (a retried message)
 */
public record SessionEndResult(SessionId sessionId, AuthorizationResult stopTokenAuthorization, boolean alreadyEnded) {
}
