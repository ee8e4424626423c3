package io.busbar.drivers.internal;

import io.busbar.platform.PasswordHasher;
import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountKind;
import io.busbar.accounts.Accounts;
import io.busbar.accounts.NewAccount;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.IdTokens;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverEmailTakenException;
import io.busbar.drivers.DriverId;
import io.busbar.drivers.Drivers;
import io.busbar.drivers.NewDriver;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The drivers table, and what signing up creates with a driver: the account, the app token, its link. */
@Service
class DriverBook implements Drivers {
    private static final Logger log = LoggerFactory.getLogger(DriverBook.class);
    private static final String COLUMNS = "SELECT id, tenant_id, email, name, account_id, app_token, created_at FROM drivers";
    /** OCPP 1.6 idTag is CiString20Type: the app token must fit, since 1.6 chargers start sessions with it. */
    private static final int APP_TOKEN_BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final IdTokens idTokens;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final Currency currency;
    private final Clock clock;

    DriverBook(JdbcClient jdbc, Accounts accounts, IdTokens idTokens, PasswordHasher hasher,
               TransactionTemplate transaction, DriversProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.idTokens = idTokens;
        this.hasher = hasher;
        this.transaction = transaction;
        this.currency = Currency.getInstance(properties.currency());
        this.clock = clock;
    }

    @Override
    public Driver signUp(TenantId tenant, NewDriver driver) {
        String hash = hasher.hash(driver.password()); // outside the transaction: Argon2 takes a while on purpose
        try {
            Driver created = transaction.execute(status -> create(tenant, driver, hash));
            log.info("Driver {} signed up in tenant {}", created.id(), tenant);
            return created;
        } catch (DuplicateKeyException e) {
            throw new DriverEmailTakenException();
        }
    }

    private Driver create(TenantId tenant, NewDriver driver, String hash) {
        if (credentials(tenant, driver.email()).isPresent()) {
            throw new DriverEmailTakenException();
        }
        DriverId id = new DriverId(UUID.randomUUID());
        String appToken = HexFormat.of().withUpperCase().formatHex(randomBytes());
        idTokens.create(tenant, new IdToken(appToken, IdTokenType.CENTRAL), "App token of driver " + id, false, null, null);
        Account account = accounts.open(tenant, new NewAccount(driver.name(), driver.email(), AccountKind.PREPAID, currency, null));
        accounts.linkToken(account.id(), appToken);
        OffsetDateTime now = at(clock.instant());
        jdbc.sql("""
                        INSERT INTO drivers (id, tenant_id, email, name, password_hash, account_id, app_token, created_at,
                                             password_changed_at)
                        VALUES (:id, :tenant, :email, :name, :hash, :account, :token, :now, :now)""")
                .param("id", id.value()).param("tenant", tenant.value()).param("email", driver.email())
                .param("name", driver.name()).param("hash", hash).param("account", account.id().value())
                .param("token", appToken).param("now", now).update();
        jdbc.sql("INSERT INTO driver_tokens (id_token_value, driver_id, kind, label, added_at) "
                        + "VALUES (:token, :driver, 'APP', 'App', :now)")
                .param("token", appToken).param("driver", id.value()).param("now", now).update();
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<Driver> find(TenantId tenant, DriverId id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id AND tenant_id = :tenant")
                .param("id", id.value()).param("tenant", tenant.value()).query(DriverBook::map).optional();
    }

    @Override
    public Optional<TenantId> ownerOf(DriverId id) {
        return jdbc.sql("SELECT tenant_id FROM drivers WHERE id = :id").param("id", id.value())
                .query((rs, row) -> new TenantId(rs.getObject(1, UUID.class))).optional();
    }

    @Override
    public List<Driver> list(TenantId tenant, String emailContains, DriverId after, int limit) {
        return jdbc.sql(COLUMNS + " " + """
                         WHERE tenant_id = :tenant
                           AND (CAST(:email AS text) IS NULL OR strpos(lower(email), lower(CAST(:email AS text))) > 0)
                           AND (CAST(:after AS uuid) IS NULL
                                OR seq > (SELECT seq FROM drivers WHERE id = :after AND tenant_id = :tenant))
                         ORDER BY seq LIMIT :limit""")
                .param("tenant", tenant.value()).param("email", emailContains)
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(DriverBook::map).list();
    }

    /** The driver id and password hash for a login; empty for an unknown address. */
    Optional<Credentials> credentials(TenantId tenant, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, password_hash FROM drivers WHERE tenant_id = :tenant AND lower(email) = lower(:email)")
                .param("tenant", tenant.value()).param("email", email.strip())
                .query((rs, row) -> new Credentials(new DriverId(rs.getObject("id", UUID.class)),
                        rs.getString("password_hash")))
                .optional();
    }

    void changePassword(DriverId driver, String hash) {
        jdbc.sql("UPDATE drivers SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
                .param("hash", hash).param("now", at(clock.instant())).param("id", driver.value()).update();
    }

    /** {@code toString} leaves the hash out. */
    record Credentials(DriverId driver, String passwordHash) {
        @Override
        public String toString() {
            return "Credentials[" + driver + "]";
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[APP_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Driver map(ResultSet rs, int row) throws SQLException {
        return new Driver(new DriverId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("email"), rs.getString("name"), new AccountId(rs.getObject("account_id", UUID.class)),
                rs.getString("app_token"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
