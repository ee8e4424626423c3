package io.busbar.sessions.internal;

import io.busbar.authorization.ActiveSessions;
import org.springframework.stereotype.Component;

/** Tells the authorization module whether a token is charging right now (its ConcurrentTx verdict). */
@Component
class TokenSessions implements ActiveSessions {
    private final ChargingSessions sessions;

    TokenSessions(ChargingSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean hasActiveSession(String tokenValue) {
        return tokenValue != null && sessions.hasActiveSession(tokenValue);
    }
}
