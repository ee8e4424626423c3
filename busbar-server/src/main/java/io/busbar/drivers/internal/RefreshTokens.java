package io.busbar.drivers.internal;

import io.busbar.drivers.DriverId;
import io.busbar.drivers.InvalidCredentialsException;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens in {@code driver_refresh_tokens}: stored as SHA-256, spent on use (rotation), revoked by
 * family. Each login starts a family; each refresh continues it.
 */
@Component
class RefreshTokens {
    static final String PREFIX = "bbr_";

    private final JdbcClient jdbc;
    private final DriversProperties properties;
    private final Clock clock;

    RefreshTokens(JdbcClient jdbc, DriversProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[until " + expiresAt + "]";
        }
    }

    record Spent(DriverId driver, UUID family) {
    }

    Issued issue(DriverId driver, UUID family) {
        String token = SecretTokens.generate(PREFIX);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.refreshTokenTtl());
        jdbc.sql("""
                        INSERT INTO driver_refresh_tokens (token_hash, driver_id, family, issued_at, expires_at)
                        VALUES (:hash, :driver, :family, :now, :expires)""")
                .param("hash", SecretTokens.hash(token)).param("driver", driver.value()).param("family", family)
                .param("now", at(now)).param("expires", at(expiresAt)).update();
        return new Issued(token, expiresAt);
    }

    /**
     * Spends a live token of a driver of the tenant. A token spent before is a replay: its whole family is revoked
     * (RFC 9700 §4.14.2), so a thief's copy and the victim's current token both stop working.
     *
     * @throws InvalidCredentialsException for anything but a live token
     */
    Spent spend(TenantId tenant, String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            throw rejected();
        }
        byte[] hash = SecretTokens.hash(token);
        OffsetDateTime now = at(clock.instant());
        Optional<Spent> spent = jdbc.sql("""
                        UPDATE driver_refresh_tokens r SET used_at = :now
                        FROM drivers d
                        WHERE r.token_hash = :hash AND d.id = r.driver_id AND d.tenant_id = :tenant
                          AND r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > :now
                        RETURNING r.driver_id, r.family""")
                .param("hash", hash).param("tenant", tenant.value()).param("now", now)
                .query((rs, row) -> new Spent(new DriverId(rs.getObject("driver_id", UUID.class)),
                        rs.getObject("family", UUID.class)))
                .optional();
        if (spent.isPresent()) {
            return spent.get();
        }
        jdbc.sql("""
                        UPDATE driver_refresh_tokens SET revoked_at = :now
                        WHERE revoked_at IS NULL AND family = (SELECT family FROM driver_refresh_tokens
                                                               WHERE token_hash = :hash AND used_at IS NOT NULL)""")
                .param("hash", hash).param("now", now).update();
        throw rejected();
    }

    /** Revokes the family of the token when it is the driver's. */
    void revokeFamily(DriverId driver, String token) {
        if (token == null) {
            return;
        }
        jdbc.sql("""
                        UPDATE driver_refresh_tokens SET revoked_at = :now
                        WHERE revoked_at IS NULL AND driver_id = :driver
                          AND family = (SELECT family FROM driver_refresh_tokens WHERE token_hash = :hash)""")
                .param("hash", SecretTokens.hash(token)).param("driver", driver.value())
                .param("now", at(clock.instant())).update();
    }

    void revokeAll(DriverId driver) {
        jdbc.sql("UPDATE driver_refresh_tokens SET revoked_at = :now WHERE driver_id = :driver AND revoked_at IS NULL")
                .param("driver", driver.value()).param("now", at(clock.instant())).update();
    }

    private static InvalidCredentialsException rejected() {
        return new InvalidCredentialsException("The refresh token is unknown, spent, revoked or expired");
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
