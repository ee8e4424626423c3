package io.busbar.authorization.internal;

import io.busbar.authorization.ActiveSessions;
import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.Authorizer;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides on a presented token from the registry. Tokens are matched by value whatever type the charger reports
 * (a 1.6 idTag carries no type), among the tokens of the charger's tenant only: another tenant's token is as unknown
 * as one never registered (issue 7). The active-session check needs the sessions module; without it no token is
 * refused as ConcurrentTx.
 */
@Service
class TokenAuthorizer implements Authorizer {
    private static final Logger log = LoggerFactory.getLogger(TokenAuthorizer.class);

    private final IdTokens tokens;
    private final ObjectProvider<ActiveSessions> activeSessions;
    private final ChargerRegistry chargers;

    TokenAuthorizer(IdTokens tokens, ObjectProvider<ActiveSessions> activeSessions, ChargerRegistry chargers) {
        this.tokens = tokens;
        this.activeSessions = activeSessions;
        this.chargers = chargers;
    }

    @Override
    public AuthorizationResult authorize(IdToken token, ChargerIdentity charger, Instant now, boolean forNewSession) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(now, "now");
        AuthorizationResult result = decide(token, tenantOf(charger), now, forNewSession);
        log.debug("Token {} at charger {}: {}", token, charger, result.status());
        return result;
    }

    /** A charger Busbar does not know (yet) is the platform operator's, like every charger registered without one. */
    private TenantId tenantOf(ChargerIdentity charger) {
        return charger == null ? TenantId.DEFAULT : chargers.tenantOf(charger).orElse(TenantId.DEFAULT);
    }

    private AuthorizationResult decide(IdToken token, TenantId tenant, Instant now, boolean forNewSession) {
        Optional<TokenRecord> found = tokens.find(tenant, token.value());
        if (found.isEmpty()) {
            return AuthorizationResult.of(AuthorizationStatus.UNKNOWN);
        }
        TokenRecord known = found.get();
        if (known.blocked()) {
            return AuthorizationResult.of(AuthorizationStatus.BLOCKED);
        }
        if (known.expiresAt() != null && !known.expiresAt().isAfter(now)) {
            return AuthorizationResult.of(AuthorizationStatus.EXPIRED);
        }
        // OCPP 1.6 ConcurrentTx / 2.0.1 ConcurrentTx: the token already charges elsewhere.
        if (forNewSession && hasActiveSession(token)) {
            return new AuthorizationResult(AuthorizationStatus.CONCURRENT_TX, null, known.groupId());
        }
        return new AuthorizationResult(AuthorizationStatus.ACCEPTED, known.expiresAt(), known.groupId());
    }

    private boolean hasActiveSession(IdToken token) {
        ActiveSessions sessions = activeSessions.getIfAvailable();
        return sessions != null && sessions.hasActiveSession(token.value());
    }
}
