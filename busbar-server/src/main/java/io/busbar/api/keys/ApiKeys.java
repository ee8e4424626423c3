package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code api_keys} table. Stores hashes only. */
@Repository
class ApiKeys {
    private static final String COLUMNS = "id, tenant_id, name, key_prefix, scopes, created_at, last_used_at, revoked_at";
    private static final RowMapper<ApiKey> API_KEY = ApiKeys::mapRow;

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiKey insert(TenantId tenant, String name, ApiKeySecret secret, Set<Scope> scopes, Instant createdAt) {
        ApiKeyId id = ApiKeyId.random();
        jdbc.sql("""
                        insert into api_keys (id, tenant_id, name, key_prefix, key_hash, scopes, created_at)
                        values (:id, :tenant, :name, :prefix, :hash, :scopes, :createdAt)""")
                .param("id", id.value())
                .param("tenant", tenant.value())
                .param("name", name)
                .param("prefix", secret.prefix())
                .param("hash", secret.hash())
                .param("scopes", scopes.stream().map(Scope::literal).sorted().toArray(String[]::new))
                .param("createdAt", Timestamp.from(createdAt))
                .update();
        return new ApiKey(id, tenant, name, secret.prefix(), Set.copyOf(scopes), createdAt, null, null);
    }

    /** The active key with this exact value: found by prefix, then compared in constant time. */
    Optional<ApiKey> findActive(ApiKeySecret secret) {
        return jdbc.sql("select " + COLUMNS + ", key_hash from api_keys where key_prefix = :prefix and revoked_at is null")
                .param("prefix", secret.prefix())
                .query((rs, row) -> new StoredKey(mapRow(rs, row), rs.getBytes("key_hash")))
                .list().stream()
                .filter(stored -> secret.matches(stored.hash()))
                .map(StoredKey::key)
                .findFirst();
    }

    /** The key with this value, active or revoked. */
    Optional<ApiKey> findByValue(ApiKeySecret secret) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where key_hash = :hash")
                .param("hash", secret.hash())
                .query(API_KEY)
                .optional();
    }

    /** The key, if it belongs to {@code tenant}. */
    Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where id = :id and tenant_id = :tenant")
                .param("id", id.value()).param("tenant", tenant.value())
                .query(API_KEY).optional();
    }

    Optional<TenantId> ownerOf(ApiKeyId id) {
        return jdbc.sql("select tenant_id from api_keys where id = :id").param("id", id.value())
                .query((rs, row) -> new TenantId(rs.getObject("tenant_id", UUID.class))).optional();
    }

    /** The tenant's keys, newest first. */
    List<ApiKey> list(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where tenant_id = :tenant order by created_at desc, id")
                .param("tenant", tenant.value()).query(API_KEY).list();
    }

    /** Active keys of the tenant that can still manage keys (admin or access:write). */
    long countActiveManagers(TenantId tenant) {
        return jdbc.sql("""
                        select count(*) from api_keys where tenant_id = :tenant and revoked_at is null
                        and scopes && array['admin', 'access:write']""")
                .param("tenant", tenant.value()).query(Long.class).single();
    }

    /** @return false when the key was already revoked (or does not exist) */
    boolean revoke(ApiKeyId id, Instant at) {
        return jdbc.sql("update api_keys set revoked_at = :at where id = :id and revoked_at is null")
                .param("id", id.value()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Records a use, unless one was recorded less than {@code notBefore} ago (another node may have). */
    void touch(ApiKeyId id, Instant at, Instant notBefore) {
        jdbc.sql("""
                        update api_keys set last_used_at = :at
                        where id = :id and (last_used_at is null or last_used_at < :notBefore)""")
                .param("id", id.value()).param("at", Timestamp.from(at)).param("notBefore", Timestamp.from(notBefore))
                .update();
    }

    /**
     * Serializes changes to the set of active keys across nodes sharing one database (a transaction-scoped
     * advisory lock): two nodes starting together do not both generate an admin key, and two concurrent
     * revocations cannot leave no active key.
     */
    void lockKeySet() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('busbar.api_keys.bootstrap'))").query().singleRow();
    }

    private record StoredKey(ApiKey key, byte[] hash) {
    }

    private static ApiKey mapRow(ResultSet rs, int row) throws SQLException {
        Array scopesArray = rs.getArray("scopes");
        Set<Scope> scopes = new HashSet<>();
        for (Object literal : (Object[]) scopesArray.getArray()) {
            scopes.add(Scope.parse((String) literal));
        }
        return new ApiKey(new ApiKeyId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"),
                rs.getString("key_prefix"), Set.copyOf(scopes), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
