package io.busbar.tenants;

import io.busbar.platform.Password;

import java.time.Instant;
import java.util.Optional;

/**
 * Signing operator users in and out. A session is a random bearer token ({@code bbs_...}) of which only a hash is
 * stored; it ends at its expiry, at logout, or when the user is disabled.
 */
public interface OperatorLogins {
    /**
     * @throws InvalidLoginException the same for an unknown tenant, an unknown e-mail, a wrong password and a
     *                               disabled user, in the same time: nothing tells them apart
     */
    OperatorSession login(String tenantSlug, String email, Password password);

    /** The active user of a live session token. */
    Optional<OperatorUser> authenticate(String token);

    /** Ends the session; ending an ended or unknown one changes nothing. */
    void logout(String token);

    /** @param token shown to the user once; Busbar keeps only its hash */
    record OperatorSession(String token, OperatorUser user, Instant expiresAt) {
        @Override
        public String toString() {
            return "OperatorSession[user=" + user.id() + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** Whether a bearer credential is an operator session token (and not an API key). */
    static boolean looksLikeSession(String token) {
        return token != null && token.startsWith("bbs_");
    }
}
