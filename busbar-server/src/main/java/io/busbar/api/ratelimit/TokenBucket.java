package io.busbar.api.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perSecond}. Time comes from the caller
 * (an injected clock), so tests need no sleeps.
 */
final class TokenBucket {
    private final double capacity;
    private final double perSecond;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(int capacity, double perSecond, Instant now) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    synchronized Decision take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, (int) Math.floor(tokens), Duration.ZERO);
        }
        long waitMillis = (long) Math.ceil((1 - tokens) / perSecond * 1000);
        return new Decision(false, 0, Duration.ofMillis(waitMillis));
    }

    /** Full again (nothing to remember about this client) at {@code now}. */
    synchronized boolean idle(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + seconds * perSecond);
            refilledAt = now;
        }
    }

    /** @param retryAfter how long until one more request would be allowed (zero when allowed) */
    record Decision(boolean allowed, int remaining, Duration retryAfter) {
    }
}
