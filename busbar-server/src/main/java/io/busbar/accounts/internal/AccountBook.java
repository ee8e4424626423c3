package io.busbar.accounts.internal;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountKind;
import io.busbar.accounts.AccountNotFoundException;
import io.busbar.accounts.Accounts;
import io.busbar.accounts.NewAccount;
import io.busbar.accounts.TokenLinkException;
import io.busbar.authorization.IdTokens;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts and account_tokens tables. */
@Service
class AccountBook implements Accounts {
    private static final String COLUMNS = "SELECT id, name, email, kind, currency, billing_address, created_at, seq, "
            + "tenant_id, "
            + "ARRAY(SELECT t.id_token_value FROM account_tokens t WHERE t.account_id = a.id ORDER BY t.seq) AS tokens "
            + "FROM accounts a";

    private final JdbcClient jdbc;
    private final IdTokens idTokens;
    private final Clock clock;

    AccountBook(JdbcClient jdbc, IdTokens idTokens, Clock clock) {
        this.jdbc = jdbc;
        this.idTokens = idTokens;
        this.clock = clock;
    }

    @Override
    public Account open(TenantId tenant, NewAccount account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO accounts (id, name, email, kind, currency, billing_address, created_at, tenant_id)
                        VALUES (:id, :name, :email, :kind, :currency, :address, :now, :tenant)""")
                .param("id", id).param("tenant", tenant.value())
                .param("name", account.name()).param("email", account.email())
                .param("kind", account.kind().name()).param("currency", account.currency().getCurrencyCode())
                .param("address", account.billingAddress())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return require(new AccountId(id));
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return jdbc.sql(COLUMNS + " WHERE a.id = :id").param("id", id.value()).query(this::map).optional();
    }

    @Override
    public Account require(AccountId id) {
        return find(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    @Override
    public Optional<Account> forToken(String idTokenValue) {
        return jdbc.sql(COLUMNS + " WHERE a.id = (SELECT account_id FROM account_tokens WHERE id_token_value = :token)")
                .param("token", idTokenValue).query(this::map).optional();
    }

    @Override
    public List<Account> list(TenantId tenant, AccountId after, int limit) {
        return jdbc.sql(COLUMNS + " WHERE (:tenant::uuid IS NULL OR a.tenant_id = :tenant) AND (:after::uuid IS NULL "
                        + "OR a.seq > (SELECT seq FROM accounts WHERE id = :after)) ORDER BY a.seq LIMIT :limit")
                .param("tenant", tenant == null ? null : tenant.value())
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(this::map).list();
    }

    @Override
    @Transactional
    public void linkToken(AccountId id, String idTokenValue) {
        requireTokenOfTenant(require(id), idTokenValue);
        int inserted = jdbc.sql("""
                        INSERT INTO account_tokens (id_token_value, account_id, linked_at) VALUES (:token, :id, :now)
                        ON CONFLICT (id_token_value) DO NOTHING""")
                .param("token", idTokenValue).param("id", id.value())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            UUID owner = jdbc.sql("SELECT account_id FROM account_tokens WHERE id_token_value = :token")
                    .param("token", idTokenValue).query(UUID.class).single();
            if (!owner.equals(id.value())) {
                throw new TokenLinkException("Id token " + idTokenValue + " already charges on another account", false);
            }
        }
    }

    @Override
    public void unlinkToken(AccountId id, String idTokenValue) {
        requireTokenOfTenant(require(id), idTokenValue);
        jdbc.sql("DELETE FROM account_tokens WHERE id_token_value = :token AND account_id = :id")
                .param("token", idTokenValue).param("id", id.value()).update();
    }

    /** An account only ever pays for its own tenant's tokens (issue 7): another tenant's is as unknown as none. */
    private void requireTokenOfTenant(Account account, String idTokenValue) {
        if (idTokens.find(account.tenant(), idTokenValue).isEmpty()) {
            throw new TokenLinkException("Id token " + idTokenValue + " is not registered", true);
        }
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        String[] tokens = (String[]) rs.getArray("tokens").getArray();
        return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("email"),
                AccountKind.valueOf(rs.getString("kind")), Currency.getInstance(rs.getString("currency")),
                rs.getString("billing_address"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                List.of(tokens), new TenantId(rs.getObject("tenant_id", UUID.class)));
    }
}
