package io.busbar.tenants.internal;

import io.busbar.platform.Password;
import io.busbar.platform.PasswordHasher;
import io.busbar.tenants.InvalidLoginException;
import io.busbar.tenants.OperatorLogins;
import io.busbar.tenants.OperatorUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

@Service
class SessionDesk implements OperatorLogins {
    private final JdbcClient jdbc;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    SessionDesk(JdbcClient jdbc, PasswordHasher hasher, Clock clock,
                @Value("${busbar.operators.session-ttl:8h}") Duration ttl) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    @Transactional
    public OperatorSession login(String tenantSlug, String email, Password password) {
        Optional<Credentials> found = jdbc.sql("""
                        SELECT u.id, u.tenant_id, u.email, u.name, u.role, u.created_at, u.disabled_at, u.last_login_at,
                               u.password_hash
                          FROM operator_users u JOIN tenants t ON t.id = u.tenant_id
                         WHERE t.slug = :slug AND lower(u.email) = lower(:email)""")
                .param("slug", tenantSlug == null ? "" : tenantSlug.strip())
                .param("email", email == null ? "" : email.strip())
                .query((rs, row) -> new Credentials(UserDirectory.user(rs), rs.getString("password_hash")))
                .optional();
        // Checked against a decoy when unknown: the answer and its time do not tell which part was wrong.
        boolean matches = hasher.matches(password, found.map(Credentials::hash).orElse(null));
        if (found.isEmpty() || !matches || !found.get().user().active()) {
            throw new InvalidLoginException();
        }
        OperatorUser user = found.get().user();
        Instant now = clock.instant();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "bbs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(ttl);
        jdbc.sql("""
                        INSERT INTO operator_sessions (token_hash, user_id, created_at, expires_at)
                        VALUES (:hash, :user, :now, :expires)""")
                .param("hash", sha256(token)).param("user", user.id().value())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        jdbc.sql("UPDATE operator_users SET last_login_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", user.id().value()).update();
        return new OperatorSession(token, user, expires);
    }

    @Override
    public Optional<OperatorUser> authenticate(String token) {
        if (!OperatorLogins.looksLikeSession(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT u.id, u.tenant_id, u.email, u.name, u.role, u.created_at, u.disabled_at, u.last_login_at
                          FROM operator_sessions s JOIN operator_users u ON u.id = s.user_id
                         WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > :now
                           AND u.disabled_at IS NULL""")
                .param("hash", sha256(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> UserDirectory.user(rs)).optional();
    }

    @Override
    public void logout(String token) {
        if (!OperatorLogins.looksLikeSession(token)) {
            return;
        }
        jdbc.sql("UPDATE operator_sessions SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("hash", sha256(token)).update();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Credentials(OperatorUser user, String hash) {
    }
}
