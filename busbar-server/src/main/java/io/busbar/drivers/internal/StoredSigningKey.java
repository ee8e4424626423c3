package io.busbar.drivers.internal;

import io.busbar.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * The access-token key, made at random on first use and kept in {@code driver_signing_keys} sealed by the
 * {@link SecretBox} (ADR 0011): every node of a cluster signs and checks with the same key, and a database dump
 * alone cannot forge tokens. Never a constant in code or configuration.
 */
@Component
class StoredSigningKey implements SigningKey {
    static final String KEY_ID = "access-token-v1";
    private static final String PURPOSE = "driver-access-token-key";
    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final Clock clock;
    private volatile byte[] key;

    StoredSigningKey(JdbcClient jdbc, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            known = load();
            key = known;
        }
        return known.clone();
    }

    private byte[] load() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        // Two nodes starting together: the first insert wins and both read it back.
        jdbc.sql("INSERT INTO driver_signing_keys (id, sealed, created_at) VALUES (:id, :sealed, :now) "
                        + "ON CONFLICT (id) DO NOTHING")
                .param("id", KEY_ID).param("sealed", secrets.seal(Base64.getEncoder().encodeToString(fresh), PURPOSE))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        String sealed = jdbc.sql("SELECT sealed FROM driver_signing_keys WHERE id = :id").param("id", KEY_ID)
                .query(String.class).single();
        return Base64.getDecoder().decode(secrets.open(sealed, PURPOSE));
    }
}
