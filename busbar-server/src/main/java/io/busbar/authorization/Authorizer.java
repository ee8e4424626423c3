package io.busbar.authorization;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/** Decides whether a token may charge at a charger now. */
public interface Authorizer {
    /**
     * ACCEPTED, BLOCKED, EXPIRED (past its expiry at {@code now}), UNKNOWN (no such token), or CONCURRENT_TX when
     * the token already has an active session and {@code forNewSession} is true.
     */
    AuthorizationResult authorize(IdToken token, ChargerIdentity charger, Instant now, boolean forNewSession);
}
