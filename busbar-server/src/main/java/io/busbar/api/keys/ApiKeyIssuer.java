package io.busbar.api.keys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Creates, lists and revokes API keys. */
@Service
class ApiKeyIssuer {
    private final ApiKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeyIssuer(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new admin key. The returned secret is the only time its clear value exists. */
    @Transactional
    IssuedApiKey issue(String name) {
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key = keys.insert(name, secret, EnumSet.of(ApiScope.ADMIN), clock.instant());
        return new IssuedApiKey(key, secret);
    }

    List<ApiKey> list() {
        return keys.list();
    }

    /**
     * Revokes a key; revoking a revoked key changes nothing.
     *
     * @throws ApiKeyNotFoundException   when there is no such key
     * @throws LastActiveApiKeyException when it is the only active key: revoking it would lock every operator out
     */
    @Transactional
    ApiKey revoke(ApiKeyId id) {
        keys.lockKeySet();
        ApiKey key = keys.find(id).orElseThrow(() -> new ApiKeyNotFoundException(id));
        if (!key.active()) {
            return key;
        }
        if (keys.countActive() <= 1) {
            throw new LastActiveApiKeyException();
        }
        keys.revoke(id, clock.instant());
        return keys.find(id).orElseThrow();
    }

    Optional<ApiKey> find(ApiKeyId id) {
        return keys.find(id);
    }

    record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
    }
}
