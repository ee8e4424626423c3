package io.busbar.drivers.internal;

import io.busbar.drivers.DriverId;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.tenants.TenantId;
import io.busbar.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Drivers' access tokens: what verifies, and every way a forged, altered or stale token fails. */
class AccessTokensTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(() -> KEY, "busbar", Duration.ofMinutes(15), clock);
    private final DriverPrincipal jane = new DriverPrincipal(TenantId.random(), new DriverId(UUID.randomUUID()));

    @Test
    void aTokenItIssuedVerifiesToTheSameDriverAndTenant() {
        AccessTokens.Issued issued = tokens.issue(jane);

        assertThat(tokens.verify(issued.token())).contains(jane);
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(claims(issued.token())).contains("\"iss\":\"busbar\"", "\"sub\":\"" + jane.driver() + "\"",
                "\"tenant\":\"" + jane.tenant() + "\"", "\"exp\":", "\"iat\":", "\"jti\":");
    }

    @Test
    void anExpiredTokenIsRejected() {
        String token = tokens.issue(jane).token();

        clock.advance(Duration.ofMinutes(15));

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aTokenWhosePayloadWasChangedIsRejected() {
        String[] parts = tokens.issue(jane).token().split("\\.");
        String otherDriver = claims(parts[0] + "." + parts[1]).replace(jane.driver().toString(), UUID.randomUUID().toString());
        String tampered = parts[0] + "." + encode(otherDriver) + "." + parts[2];

        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        AccessTokens forger = new AccessTokens(() -> "another-key-another-key-another!!".getBytes(StandardCharsets.UTF_8),
                "busbar", Duration.ofMinutes(15), clock);

        assertThat(tokens.verify(forger.issue(jane).token())).isEmpty();
    }

    @Test
    void anUnsignedTokenNamingAlgNoneIsRejected() {
        String[] parts = tokens.issue(jane).token().split("\\.");
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

        assertThat(tokens.verify(none)).isEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsRejected() {
        AccessTokens elsewhere = new AccessTokens(() -> KEY, "someone-else", Duration.ofMinutes(15), clock);

        assertThat(tokens.verify(elsewhere.issue(jane).token())).isEmpty();
    }

    @Test
    void garbageIsRejectedWithoutAnException() {
        assertThat(tokens.verify("not-a-jwt")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
