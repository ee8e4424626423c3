package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.Set;

/** A stored API key: everything but the secret, which Busbar never keeps. */
public record ApiKey(ApiKeyId id, TenantId tenant, String name, String prefix, Set<Scope> scopes, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
