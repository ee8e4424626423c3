package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates, lists and revokes API keys, always within one tenant. */
@Service
public class ApiKeyIssuer {
    private final ApiKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeyIssuer(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new key of the tenant. The returned secret is the only time its clear value exists. */
    @Transactional
    public IssuedApiKey issue(TenantId tenant, String name, Set<Scope> scopes) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A key needs at least one scope");
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key = keys.insert(tenant, name, secret, scopes, clock.instant());
        return new IssuedApiKey(key, secret);
    }

    List<ApiKey> list(TenantId tenant) {
        return keys.list(tenant);
    }

    /**
     * Revokes a key of the tenant; revoking a revoked key changes nothing.
     *
     * @throws ApiKeyNotFoundException   when the tenant has no such key
     * @throws LastActiveApiKeyException when it is the tenant's last active key able to manage keys: revoking it
     *                                   would lock the tenant's operators out
     */
    @Transactional
    ApiKey revoke(TenantId tenant, ApiKeyId id) {
        keys.lockKeySet();
        ApiKey key = keys.find(tenant, id).orElseThrow(() -> new ApiKeyNotFoundException(id));
        if (!key.active()) {
            return key;
        }
        if (managesKeys(key) && keys.countActiveManagers(tenant) <= 1) {
            throw new LastActiveApiKeyException();
        }
        keys.revoke(id, clock.instant());
        return keys.find(tenant, id).orElseThrow();
    }

    Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return keys.find(tenant, id);
    }

    private static boolean managesKeys(ApiKey key) {
        return key.scopes().stream().anyMatch(scope -> scope.grants(io.busbar.tenants.Area.ACCESS, true));
    }

    public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
    }
}
