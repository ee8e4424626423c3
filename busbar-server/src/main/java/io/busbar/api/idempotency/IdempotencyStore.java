package io.busbar.api.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code idempotency_keys} table. Every statement commits on its own: a claim must be visible at once. */
@Repository
class IdempotencyStore {
    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a first request; false when a row for it exists already. */
    boolean claim(byte[] caller, String key, byte[] request, Instant now, Instant expires) {
        return jdbc.sql("""
                        INSERT INTO idempotency_keys (caller_hash, key, request_hash, created_at, expires_at)
                        VALUES (:caller, :key, :request, :now, :expires) ON CONFLICT DO NOTHING""")
                .param("caller", caller).param("key", key).param("request", request)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .update() == 1;
    }

    Optional<StoredAnswer> find(byte[] caller, String key) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, location, body, expires_at
                          FROM idempotency_keys WHERE caller_hash = :caller AND key = :key""")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> new StoredAnswer(rs.getBytes("request_hash"),
                        (Integer) rs.getObject("status"), rs.getString("content_type"), rs.getString("location"),
                        rs.getBytes("body"), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    void complete(byte[] caller, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET status = :status, content_type = :type, location = :location,
                               body = :body WHERE caller_hash = :caller AND key = :key""")
                .param("caller", caller).param("key", key).param("status", status).param("type", contentType)
                .param("location", location).param("body", body)
                .update();
    }

    /** Forgets a claim, so that the client's retry runs the request again (after a server error). */
    void release(byte[] caller, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE caller_hash = :caller AND key = :key")
                .param("caller", caller).param("key", key).update();
    }

    /** Forgets an expired claim only (another request may have renewed it meanwhile). */
    void releaseExpired(byte[] caller, String key, Instant now) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE caller_hash = :caller AND key = :key AND expires_at <= :now")
                .param("caller", caller).param("key", key).param("now", Timestamp.from(now)).update();
    }

    int purgeExpired(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE expires_at <= :now")
                .param("now", Timestamp.from(now)).update();
    }

    /** @param status null while the first request is still running */
    record StoredAnswer(byte[] requestHash, Integer status, String contentType, String location, byte[] body,
                        Instant expiresAt) {
    }
}
