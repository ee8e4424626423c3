package io.busbar.api.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request rates per client, on this node: {@code perSecond} sustained with bursts up to {@code burst}.
 *
 * @param credentials per API key or driver token (hash of the Authorization header)
 * @param anonymous   per client address, for requests without credentials (the public feed)
 */
@ConfigurationProperties("busbar.api.rate-limit")
record RateLimitProperties(Limit credentials, Limit anonymous) {
    RateLimitProperties {
        credentials = credentials == null ? new Limit(50, 200) : credentials;
        anonymous = anonymous == null ? new Limit(10, 60) : anonymous;
    }

    record Limit(double perSecond, int burst) {
        Limit {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("busbar.api.rate-limit: per-second must be positive and burst >= 1");
            }
        }
    }
}
