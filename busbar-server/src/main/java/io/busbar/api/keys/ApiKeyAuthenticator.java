package io.busbar.api.keys;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks bearer keys and records their last use. {@code last_used_at} is written at most once per
 * {@link #LAST_USE_RESOLUTION} per key, so a busy client does not turn every request into a write.
 */
@Component
class ApiKeyAuthenticator {
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeys keys;
    private final Clock clock;
    /** When this node last wrote a use of each key. */
    private final Map<ApiKeyId, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiKeyAuthenticator(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The active key with this value, or empty for an unknown, malformed or revoked key. */
    Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.length() < ApiKeySecret.PREFIX_LENGTH * 2) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findActive(new ApiKeySecret(presented));
        key.ifPresent(this::recordUse);
        return key;
    }

    private void recordUse(ApiKey key) {
        Instant now = clock.instant();
        Instant notBefore = now.minus(LAST_USE_RESOLUTION);
        Instant written = lastWritten.get(key.id());
        if (written != null && written.isAfter(notBefore)) {
            return;
        }
        lastWritten.put(key.id(), now);
        // The condition in SQL also spares the write when another node recorded a use within the minute.
        keys.touch(key.id(), now, notBefore);
    }
}
