package io.busbar.api.idempotency;

import io.busbar.api.problems.ProblemResponses;
import io.busbar.api.problems.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.ObjectMapper;

import io.busbar.platform.SecretBox;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POST (draft-ietf-httpapi-idempotency-key-header): the first request with a key runs;
 * a retry with the same key and the same request gets the first answer again (with {@code Idempotent-Replayed:
 * true}) instead of creating or starting something twice; the same key on a different request is refused (422), and
 * a retry while the first still runs is told to wait (409). Keys are per client (hash of its credentials) and kept
 * for {@code ttl}. A server error (5xx) is not kept: the retry runs again. Bodies above {@link #MAX_BODY} (file
 * uploads) are not covered.
 */
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_BODY = 1024 * 1024;

    private final IdempotencyStore store;
    private final SecretBox secrets;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration ttl;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper json, Clock clock, Duration ttl, SecretBox secrets) {
        this.secrets = secrets;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * The driver API keeps its own: a driver's start stores the charger's answer in the drivers module, where a key
     * reused for another charger is a domain conflict (409).
     */
    static final String DRIVER_API = "/api/v1/driver/";
    private static final String SEALED_PURPOSE = "idempotent-answer";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || request.getRequestURI().startsWith(request.getContextPath() + DRIVER_API)
                || request.getContentLengthLong() > MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            ProblemResponses.write(request, response, json, ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            ProblemResponses.write(request, response, json, ProblemType.CONTENT_TOO_LARGE,
                    "Requests with an Idempotency-Key carry at most " + MAX_BODY + " bytes");
            return;
        }
        byte[] caller = sha256(String.valueOf(request.getHeader(HttpHeaders.AUTHORIZATION)).getBytes(StandardCharsets.UTF_8));
        byte[] fingerprint = fingerprint(request, body, caller);
        Instant now = clock.instant();
        // Bounded: each turn either claims, answers, or clears a claim that vanished or expired meanwhile.
        for (int turn = 0; turn < 3; turn++) {
            if (store.claim(caller, key, fingerprint, now, now.plus(ttl))) {
                run(request, response, chain, body, caller, key);
                return;
            }
            Optional<IdempotencyStore.StoredAnswer> stored = store.find(caller, key);
            if (stored.isEmpty()) {
                continue;
            }
            if (!stored.get().expiresAt().isAfter(now)) {
                store.releaseExpired(caller, key, now);
                continue;
            }
            answerFromStore(request, response, stored.get(), fingerprint);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        ProblemResponses.write(request, response, json, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "Another request with this Idempotency-Key is running; retry in a moment");
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
                     byte[] caller, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            int status = recorded.getStatus();
            if (status < 500) {
                store.complete(caller, key, status, recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        seal(recorded.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerFromStore(HttpServletRequest request, HttpServletResponse response,
                                 IdempotencyStore.StoredAnswer stored, byte[] fingerprint) throws IOException {
        if (!MessageDigest.isEqual(stored.requestHash(), fingerprint)) {
            ProblemResponses.write(request, response, json, ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was first used for a different request; use a new key for a new request");
            return;
        }
        if (stored.status() == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemResponses.write(request, response, json, ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "The first request with this Idempotency-Key is still running; retry in a moment");
            return;
        }
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        if (stored.body() != null) {
            response.getOutputStream().write(open(stored.body()));
        }
    }

    /**
     * Method, path, query and body: what makes two requests "the same request". Keyed by the caller's credential
     * (HMAC), so a stored fingerprint of a body holding a password cannot be tried against guesses.
     */
    private static byte[] fingerprint(HttpServletRequest request, byte[] body, byte[] callerKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(callerKey, "HmacSHA256"));
            mac.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Answers are kept sealed (AES-GCM, {@link SecretBox}): some carry a secret shown once (a new API key, a webhook
     * secret, a tenant's first key), which must never sit in the database in clear.
     */
    private byte[] seal(byte[] answer) {
        return secrets.seal(Base64.getEncoder().encodeToString(answer), SEALED_PURPOSE).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] open(byte[] stored) {
        String text = new String(stored, StandardCharsets.US_ASCII);
        if (!text.startsWith("v1:")) {
            return stored; // kept before answers were sealed (at most one TTL after the upgrade)
        }
        return Base64.getDecoder().decode(secrets.open(new String(stored, StandardCharsets.US_ASCII), SEALED_PURPOSE));
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
