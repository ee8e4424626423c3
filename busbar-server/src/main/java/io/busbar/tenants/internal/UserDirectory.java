package io.busbar.tenants.internal;

import io.busbar.platform.Password;
import io.busbar.platform.PasswordHasher;
import io.busbar.tenants.OperatorUser;
import io.busbar.tenants.OperatorUsers;
import io.busbar.tenants.Role;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.UserEmailTakenException;
import io.busbar.tenants.UserId;
import io.busbar.tenants.UserNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@Service
class UserDirectory implements OperatorUsers {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    static final String COLUMNS = "id, tenant_id, email, name, role, created_at, disabled_at, last_login_at";

    private final JdbcClient jdbc;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserDirectory(JdbcClient jdbc, PasswordHasher hasher, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OperatorUser create(TenantId tenant, String email, String name, Role role, Password password) {
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("email is not an e-mail address");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("name must have 1 to 100 characters");
        }
        UserId id = UserId.random();
        try {
            jdbc.sql("""
                            INSERT INTO operator_users (id, tenant_id, email, name, role, password_hash, created_at)
                            VALUES (:id, :tenant, :email, :name, :role, :hash, :now)""")
                    .param("id", id.value()).param("tenant", tenant.value()).param("email", address)
                    .param("name", name.strip()).param("role", role.name()).param("hash", hasher.hash(password))
                    .param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserEmailTakenException();
        }
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<OperatorUser> find(TenantId tenant, UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator_users WHERE id = :id AND tenant_id = :tenant")
                .param("id", id.value()).param("tenant", tenant.value())
                .query((rs, row) -> user(rs)).optional();
    }

    @Override
    public Optional<TenantId> ownerOf(UserId id) {
        return jdbc.sql("SELECT tenant_id FROM operator_users WHERE id = :id").param("id", id.value())
                .query((rs, row) -> new TenantId(rs.getObject(1, UUID.class))).optional();
    }

    @Override
    public List<OperatorUser> list(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator_users WHERE tenant_id = :tenant ORDER BY created_at, id")
                .param("tenant", tenant.value()).query((rs, row) -> user(rs)).list();
    }

    @Override
    @Transactional
    public OperatorUser change(TenantId tenant, UserId id, Role role, Boolean disabled) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE operator_users SET role = coalesce(:role, role),
                               disabled_at = CASE WHEN CAST(:disabled AS boolean) IS NULL THEN disabled_at
                                                  WHEN CAST(:disabled AS boolean) THEN coalesce(disabled_at, :now)
                                                  ELSE NULL END
                         WHERE id = :id AND tenant_id = :tenant""")
                .param("role", role == null ? null : role.name()).param("disabled", disabled)
                .param("now", Timestamp.from(now)).param("id", id.value()).param("tenant", tenant.value())
                .update();
        if (updated == 0) {
            throw new UserNotFoundException();
        }
        if (Boolean.TRUE.equals(disabled)) {
            jdbc.sql("UPDATE operator_sessions SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
                    .param("now", Timestamp.from(now)).param("id", id.value()).update();
        }
        return find(tenant, id).orElseThrow();
    }

    @Override
    @Transactional
    public void setPassword(TenantId tenant, UserId id, Password password) {
        int updated = jdbc.sql("UPDATE operator_users SET password_hash = :hash WHERE id = :id AND tenant_id = :tenant")
                .param("hash", hasher.hash(password)).param("id", id.value()).param("tenant", tenant.value()).update();
        if (updated == 0) {
            throw new UserNotFoundException();
        }
        jdbc.sql("UPDATE operator_sessions SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", id.value()).update();
    }

    static OperatorUser user(ResultSet rs) throws SQLException {
        return new OperatorUser(new UserId(rs.getObject("id", UUID.class)),
                new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("email"), rs.getString("name"),
                Role.valueOf(rs.getString("role")), instant(rs, "created_at"), instant(rs, "disabled_at"),
                instant(rs, "last_login_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
