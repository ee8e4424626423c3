package io.busbar.api.keys;

import java.time.Instant;
import java.util.Set;

/** A stored API key: everything but the secret, which Busbar never keeps. */
public record ApiKey(ApiKeyId id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
