package io.busbar.chargers.internal;

import io.busbar.tenants.TenantId;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerAlreadyRegisteredException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Operators register, approve and reject chargers and set their passwords here. */
@Service
class ChargerCatalog implements ChargerRegistry {
    private static final Logger log = LoggerFactory.getLogger(ChargerCatalog.class);
    private static final int MAX_PASSWORD_LENGTH = 255;

    private final JdbcClient jdbc;
    private final ChargerViews views;
    private final AcceptedChargers accepted;
    private final SecureRandom saltSource;
    private final Clock clock;
    /** Tenants of chargers seen; bounded by the number of chargers. */
    private final java.util.Map<ChargerIdentity, TenantId> tenants = new java.util.concurrent.ConcurrentHashMap<>();

    ChargerCatalog(JdbcClient jdbc, ChargerViews views, AcceptedChargers accepted, SecureRandom saltSource,
                   Clock clock) {
        this.jdbc = jdbc;
        this.views = views;
        this.accepted = accepted;
        this.saltSource = saltSource;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException for a blank password or a site that does not exist */
    @Override
    @Transactional
    public Charger register(TenantId tenant, RegisterCharger command) {
        Objects.requireNonNull(command.identity(), "identity");
        SaltedPasswordHash hash = command.password() == null ? null : hash(command.password());
        if (command.siteId() != null && !siteExists(tenant, command)) {
            throw new IllegalArgumentException("No site " + command.siteId());
        }
        try {
            jdbc.sql("""
                            INSERT INTO chargers (identity, tenant_id, site_id, label, registration, password_hash,
                                                  password_salt, created_at)
                            VALUES (:identity, :tenant, :site, :label, 'ACCEPTED', :hash, :salt, :now)""")
                    .param("identity", command.identity().value())
                    .param("tenant", tenant.value())
                    .param("site", command.siteId() == null ? null : command.siteId().value())
                    .param("label", command.label())
                    .param("hash", hash == null ? null : hash.hash())
                    .param("salt", hash == null ? null : hash.salt())
                    .param("now", Timestamps.toSql(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ChargerAlreadyRegisteredException(command.identity());
        }
        accepted.remember(command.identity(), RegistrationStatus.ACCEPTED);
        log.info("Registered charger {} ({})", command.identity(), hash == null ? "no password" : "with password");
        return views.find(command.identity()).orElseThrow();
    }

    @Override
    @Transactional
    public Charger approve(ChargerIdentity identity) {
        return changeRegistration(identity, RegistrationStatus.ACCEPTED);
    }

    @Override
    @Transactional
    public Charger reject(ChargerIdentity identity) {
        return changeRegistration(identity, RegistrationStatus.REJECTED);
    }

    /** @throws IllegalArgumentException for a blank password */
    @Override
    @Transactional
    public void changePassword(ChargerIdentity identity, String password) {
        SaltedPasswordHash hash = password == null ? null : hash(password);
        int updated = jdbc.sql("UPDATE chargers SET password_hash = :hash, password_salt = :salt WHERE identity = :identity")
                .param("hash", hash == null ? null : hash.hash())
                .param("salt", hash == null ? null : hash.salt())
                .param("identity", identity.value())
                .update();
        if (updated == 0) {
            throw new ChargerNotFoundException(identity);
        }
        log.info("Charger {}: password {}", identity, hash == null ? "cleared" : "changed");
    }

    @Override
    public Optional<TenantId> tenantOf(ChargerIdentity identity) {
        TenantId known = tenants.get(identity);
        if (known != null) {
            return Optional.of(known);
        }
        // One column, no EVSEs: asked on every connect, status and session event (webhooks, feed, guards).
        Optional<TenantId> found = jdbc.sql("SELECT tenant_id FROM chargers WHERE identity = :identity")
                .param("identity", identity.value())
                .query((rs, row) -> new TenantId(rs.getObject(1, java.util.UUID.class))).optional();
        // A charger never changes tenant (no operation moves one), so what was read stays true.
        found.ifPresent(tenant -> tenants.put(identity, tenant));
        return found;
    }

    @Override
    public Optional<Charger> find(ChargerIdentity identity) {
        return views.find(identity);
    }

    @Override
    public List<Charger> list(ChargerFilter filter, String after, int limit) {
        return views.list(filter, after, limit);
    }

    private Charger changeRegistration(ChargerIdentity identity, RegistrationStatus status) {
        int updated = jdbc.sql("UPDATE chargers SET registration = :status WHERE identity = :identity")
                .param("status", status.name())
                .param("identity", identity.value())
                .update();
        if (updated == 0) {
            throw new ChargerNotFoundException(identity);
        }
        accepted.remember(identity, status);
        log.info("Charger {} is now {}", identity, status);
        return views.find(identity).orElseThrow();
    }

    /**
     * OCPP 2.0.1 asks for 16 to 40 characters, but chargers migrated from 1.6 systems may carry shorter ones, so
     * only blank and absurdly long passwords are refused.
     */
    private SaltedPasswordHash hash(String password) {
        if (password.isBlank() || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A charger password has 1 to " + MAX_PASSWORD_LENGTH
                    + " characters and is not blank");
        }
        return SaltedPasswordHash.of(password, saltSource);
    }

    private boolean siteExists(TenantId tenant, RegisterCharger command) {
        return jdbc.sql("SELECT count(*) FROM sites WHERE id = :id AND tenant_id = :tenant")
                .param("id", command.siteId().value())
                .param("tenant", tenant.value())
                .query(Long.class)
                .single() > 0;
    }
}
