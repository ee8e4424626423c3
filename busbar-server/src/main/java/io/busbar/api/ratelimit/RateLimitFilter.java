package io.busbar.api.ratelimit;

import io.busbar.api.problems.ProblemResponses;
import io.busbar.api.problems.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits per client on {@code /api/*}: per credential (whatever its kind; a wrong key counts too, which slows
 * guessing) or, without one, per client address. Answers {@code 429} with {@code Retry-After} and tells every client
 * where it stands ({@code RateLimit-Limit}, {@code RateLimit-Remaining}). Per node: N nodes allow N times the rate.
 */
class RateLimitFilter extends OncePerRequestFilter {
    /** Bounds memory under a flood of distinct clients; idle buckets are dropped first. */
    static final int MAX_CLIENTS = 100_000;

    private final RateLimitProperties limits;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties limits, ObjectMapper json, Clock clock) {
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        RateLimitProperties.Limit limit = authorization == null ? limits.anonymous() : limits.credentials();
        String client = authorization == null ? "address:" + request.getRemoteAddr() : "credential:" + hash(authorization);
        Instant now = clock.instant();
        if (buckets.size() >= MAX_CLIENTS) {
            sweep(now);
        }
        TokenBucket.Decision decision = buckets
                .computeIfAbsent(client, ignored -> new TokenBucket(limit.burst(), limit.perSecond(), now))
                .take(now);
        response.setHeader("RateLimit-Limit", Integer.toString(limit.burst()));
        response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponses.write(request, response, json, ProblemType.TOO_MANY_REQUESTS,
                    "More than " + limit.burst() + " requests at once or " + limit.perSecond()
                            + " per second sustained; retry in " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Drops clients whose bucket is full again: they are indistinguishable from new ones. */
    void sweep(Instant now) {
        buckets.entrySet().removeIf(entry -> entry.getValue().idle(now));
    }

    int clients() {
        return buckets.size();
    }

    private static String hash(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
