package io.busbar.drivers.internal;

import io.busbar.platform.PasswordHasher;
import io.busbar.drivers.DriverId;
import io.busbar.platform.Password;
import io.busbar.drivers.PasswordResets;
import io.busbar.drivers.ResetLinkInvalidException;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.Tenants;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One-time reset links in {@code driver_password_resets} (SHA-256 of the token only). */
@Service
class PasswordResetDesk implements PasswordResets {
    private static final Logger log = LoggerFactory.getLogger(PasswordResetDesk.class);
    static final String PREFIX = "bbp_";

    private final JdbcClient jdbc;
    private final DriverBook drivers;
    private final Tenants tenants;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final ResetMail mail;
    private final TransactionTemplate transaction;
    private final DriversProperties properties;
    private final Clock clock;
    /** Lookup, token and mail happen here, off the request: the answer's timing does not depend on the address. */
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    PasswordResetDesk(JdbcClient jdbc, DriverBook drivers, Tenants tenants, PasswordHasher hasher,
                      RefreshTokens refreshTokens, ResetMail mail, TransactionTemplate transaction,
                      DriversProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.drivers = drivers;
        this.tenants = tenants;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.mail = mail;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void request(TenantId tenant, String email) {
        background.execute(() -> {
            try {
                send(tenant, email);
            } catch (RuntimeException e) {
                log.error("Password-reset request failed in tenant {}", tenant, e);
            }
        });
    }

    private void send(TenantId tenant, String email) {
        var credentials = drivers.credentials(tenant, email);
        if (credentials.isEmpty()) {
            return;
        }
        DriverId driver = credentials.get().driver();
        String token = SecretTokens.generate(PREFIX);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO driver_password_resets (token_hash, driver_id, created_at, expires_at) "
                        + "VALUES (:hash, :driver, :now, :expires)")
                .param("hash", SecretTokens.hash(token)).param("driver", driver.value())
                .param("now", DriverBook.at(now)).param("expires", DriverBook.at(now.plus(properties.resetLinkTtl())))
                .update();
        String address = drivers.find(tenant, driver).orElseThrow().email();
        mail.send(tenants.require(tenant), driver.toString(), address, token, properties.resetLinkTtl());
    }

    @Override
    public void confirm(TenantId tenant, String token, Password newPassword) {
        if (token == null || !token.startsWith(PREFIX)) {
            throw new ResetLinkInvalidException();
        }
        String hash = hasher.hash(newPassword);
        DriverId driver = transaction.execute(status -> {
            var now = DriverBook.at(clock.instant());
            DriverId spent = jdbc.sql("""
                            UPDATE driver_password_resets r SET used_at = :now
                            FROM drivers d
                            WHERE r.token_hash = :hash AND d.id = r.driver_id AND d.tenant_id = :tenant
                              AND r.used_at IS NULL AND r.expires_at > :now
                            RETURNING r.driver_id""")
                    .param("hash", SecretTokens.hash(token)).param("tenant", tenant.value()).param("now", now)
                    .query((rs, row) -> new DriverId(rs.getObject(1, UUID.class))).optional()
                    .orElseThrow(ResetLinkInvalidException::new);
            drivers.changePassword(spent, hash);
            // Other links sent before are void too: the password they would reset no longer exists.
            jdbc.sql("UPDATE driver_password_resets SET used_at = :now WHERE driver_id = :driver AND used_at IS NULL")
                    .param("now", now).param("driver", spent.value()).update();
            refreshTokens.revokeAll(spent);
            return spent;
        });
        log.info("Driver {} reset the password; every refresh token revoked", driver);
    }

    @PreDestroy
    void stop() {
        background.close();
    }
}
