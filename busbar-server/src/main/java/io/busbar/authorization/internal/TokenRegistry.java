package io.busbar.authorization.internal;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenChanged;
import io.busbar.authorization.IdTokenNotFoundException;
import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id tokens operators register, block and expire. Logs show tokens masked only. */
@Service
class TokenRegistry implements IdTokens {
    private static final Logger log = LoggerFactory.getLogger(TokenRegistry.class);
    private static final int MAX_PAGE = 1000;
    private static final String COLUMNS = "SELECT value, type, label, blocked, expires_at, group_id, created_at, tenant_id FROM id_tokens";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TokenRegistry(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public TokenRecord create(TenantId tenant, IdToken token, String label, boolean blocked, Instant expiresAt, String groupId) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(token, "token");
        if (token.value().isEmpty()) {
            throw new IllegalArgumentException("An id token has at least one character");
        }
        try {
            jdbc.sql("""
                            INSERT INTO id_tokens (value, type, label, blocked, expires_at, group_id, created_at, tenant_id)
                            VALUES (:value, :type, :label, :blocked, :expiresAt, :groupId, :now, :tenant)""")
                    .param("tenant", tenant.value())
                    .param("value", token.value())
                    .param("type", token.type().name())
                    .param("label", label)
                    .param("blocked", blocked)
                    .param("expiresAt", toSql(expiresAt))
                    .param("groupId", groupId)
                    .param("now", toSql(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("Id token " + token + " already exists");
        }
        log.info("Registered id token {}", token);
        return changed(find(token.value()).orElseThrow());
    }

    @Override
    public Optional<TokenRecord> find(String value) {
        return jdbc.sql(COLUMNS + " WHERE value = :value")
                .param("value", value)
                .query((rs, row) -> token(rs))
                .optional();
    }

    /** @throws IllegalArgumentException when both a new expiry and {@code clearExpiry} are given */
    @Override
    @Transactional
    public TokenRecord update(String value, String label, Boolean blocked, Instant expiresAt, boolean clearExpiry,
                              String groupId) {
        if (clearExpiry && expiresAt != null) {
            throw new IllegalArgumentException("Either set an expiry or clear it, not both");
        }
        int updated = jdbc.sql("""
                        UPDATE id_tokens
                           SET label      = COALESCE(:label, label),
                               blocked    = COALESCE(:blocked, blocked),
                               expires_at = CASE WHEN :clearExpiry THEN NULL
                                                 ELSE COALESCE(CAST(:expiresAt AS timestamptz), expires_at) END,
                               group_id   = COALESCE(:groupId, group_id)
                         WHERE value = :value""")
                .param("label", label)
                .param("blocked", blocked)
                .param("clearExpiry", clearExpiry)
                .param("expiresAt", toSql(expiresAt))
                .param("groupId", groupId)
                .param("value", value)
                .update();
        if (updated == 0) {
            throw new IdTokenNotFoundException(IdToken.of(value).masked());
        }
        return changed(find(value).orElseThrow());
    }

    /** Published inside the writing transaction, so listeners hear of committed changes only. */
    private TokenRecord changed(TokenRecord token) {
        events.publishEvent(new IdTokenChanged(token, clock.instant()));
        return token;
    }

    @Override
    public List<TokenRecord> list(TenantId tenant, String after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        String cursor = after == null ? "" : " AND value > :after";
        var statement = jdbc.sql(COLUMNS + " WHERE tenant_id = :tenant" + cursor + " ORDER BY value LIMIT :limit")
                .param("tenant", tenant.value()).param("limit", limit);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.query((rs, row) -> token(rs)).list();
    }

    private static TokenRecord token(ResultSet rs) throws SQLException {
        return new TokenRecord(new IdToken(rs.getString("value"), IdTokenType.valueOf(rs.getString("type"))),
                rs.getString("label"), rs.getBoolean("blocked"), instant(rs, "expires_at"), rs.getString("group_id"),
                instant(rs, "created_at"), new TenantId(rs.getObject("tenant_id", UUID.class)));
    }

    /** The PostgreSQL driver binds OffsetDateTime for timestamptz, not Instant. */
    private static OffsetDateTime toSql(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
