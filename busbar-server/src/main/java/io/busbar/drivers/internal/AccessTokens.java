package io.busbar.drivers.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.busbar.drivers.DriverId;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.tenants.TenantId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Drivers' access tokens: JWTs (RFC 7519) signed with HMAC-SHA256 (RFC 7518 §3.2), claims {@code iss}, {@code sub}
 * (the driver id), {@code tenant}, {@code iat}, {@code exp} and {@code jti}. Verification accepts HS256 only (never
 * {@code none} or another algorithm named by the token itself, RFC 8725 §3.1), compares the MAC in constant time
 * (Nimbus' MACVerifier), and checks issuer and expiry against the injected clock.
 */
@Component
class AccessTokens {
    static final String TENANT_CLAIM = "tenant";
    /** Tokens issued by a node whose clock runs slightly ahead are still accepted. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final SigningKey key;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    @Autowired
    AccessTokens(SigningKey key, DriversProperties properties, Clock clock) {
        this(key, properties.issuer(), properties.accessTokenTtl(), clock);
    }

    AccessTokens(SigningKey key, String issuer, Duration lifetime, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[until " + expiresAt + "]";
        }
    }

    Issued issue(DriverPrincipal driver) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(driver.driver().toString())
                .claim(TENANT_CLAIM, driver.tenant().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(key.bytes()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), expiresAt);
    }

    /** The driver, when the token is well-formed, HS256, signed with our key, ours, and not expired. */
    Optional<DriverPrincipal> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key.bytes()))) {
                return Optional.empty();
            }
            return principal(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<DriverPrincipal> principal(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (!issuer.equals(claims.getIssuer()) || expires == null || issued == null
                || !now.isBefore(expires.toInstant()) || issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        String tenant = claims.getStringClaim(TENANT_CLAIM);
        String subject = claims.getSubject();
        if (tenant == null || subject == null) {
            return Optional.empty();
        }
        return Optional.of(new DriverPrincipal(new TenantId(UUID.fromString(tenant)), new DriverId(UUID.fromString(subject))));
    }
}
