package io.busbar.authorization;

import java.time.Instant;

/**
 * @param expiresAt how long the charger may cache the verdict (the token's own expiry), or null
 * @param groupId   the token's group (1.6 parentIdTag, 2.0.1 groupIdToken), or null
 */
public record AuthorizationResult(AuthorizationStatus status, Instant expiresAt, String groupId) {
    public static AuthorizationResult of(AuthorizationStatus status) {
        return new AuthorizationResult(status, null, null);
    }
}
