package io.busbar.webhooks.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code busbar.webhooks.*}.
 *
 * @param allowHttp             accept plain-http URLs to any host (tests, closed networks); else http only to loopback
 * @param sessionUpdateInterval at most one session.updated per session per this interval
 * @param pollInterval          how often the worker looks for due deliveries
 * @param retryBackoff          the wait after the 1st, 2nd, ... failed attempt (each ±{@code jitter}); a delivery
 *                              is DEAD after {@code retryBackoff.size() + 1} failed attempts
 * @param jitter                the fraction (0 to 0.5) by which each wait is randomly shortened or lengthened, so
 *                              that receivers coming back are not hit by every retry at once
 * @param connectTimeout        how long a receiver may take to accept the connection
 * @param readTimeout           how long a receiver may take to answer once connected
 * @param batchSize             deliveries sent at once (each the head of its charger's queue)
 */
@ConfigurationProperties("busbar.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowHttp,
                         @DefaultValue("60s") Duration sessionUpdateInterval,
                         @DefaultValue("1s") Duration pollInterval,
                         @DefaultValue({"10s", "30s", "2m", "10m", "30m", "1h", "2h", "4h", "8h", "12h", "24h"})
                         List<Duration> retryBackoff,
                         @DefaultValue("0.2") double jitter,
                         @DefaultValue("5s") Duration connectTimeout,
                         @DefaultValue("10s") Duration readTimeout,
                         @DefaultValue("32") int batchSize) {
    WebhookProperties {
        positive("session-update-interval", sessionUpdateInterval);
        positive("poll-interval", pollInterval);
        positive("connect-timeout", connectTimeout);
        positive("read-timeout", readTimeout);
        retryBackoff = List.copyOf(retryBackoff);
        retryBackoff.forEach(wait -> positive("retry-backoff", wait));
        if (jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("busbar.webhooks.jitter must be between 0 and 0.5: " + jitter);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("busbar.webhooks.batch-size must be at least 1: " + batchSize);
        }
    }

    int maxAttempts() {
        return retryBackoff.size() + 1;
    }

    /**
     * How long a claimed delivery is left alone by other workers: past the longest a send can take, so a delivery
     * is only claimed again when its worker died (then it may go out twice: at least once).
     */
    Duration claimLease() {
        return connectTimeout.plus(readTimeout).multipliedBy(2);
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("busbar.webhooks." + key + " must be positive: " + value);
        }
    }
}
