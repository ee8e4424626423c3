package io.busbar.payments.internal;

import io.busbar.accounts.AccountId;
import io.busbar.payments.JournalKind;
import io.busbar.payments.LedgerAccountKind;
import io.busbar.payments.LedgerEntry;
import io.busbar.tariffs.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The double-entry ledger: journals of entries (debits positive, credits negative) that sum to zero per currency,
 * append-only and unique per (kind, reference). The database enforces the same rules at commit (V150); checking
 * here too gives a clear error at the caller instead of a failed commit.
 */
@Component
class Ledger {
    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One side of a journal: a debit (positive) or credit (negative) of a ledger account. */
    record Posting(String ledgerAccount, BigDecimal amount) {
        static Posting debit(String ledgerAccount, Money amount) {
            return new Posting(ledgerAccount, amount.amount());
        }

        static Posting credit(String ledgerAccount, Money amount) {
            return new Posting(ledgerAccount, amount.amount().negate());
        }
    }

    static String cash(AccountId account) {
        return "cash:" + account;
    }

    static String receivable(AccountId account) {
        return "receivable:" + account;
    }

    static String promotion(UUID promotion) {
        return "promo:" + promotion;
    }

    /** The system account of a kind in a currency, e.g. {@code revenue:EUR}. */
    String system(LedgerAccountKind kind, Currency currency) {
        String id = kind.name().toLowerCase().replace('_', '-') + ":" + currency.getCurrencyCode();
        open(id, kind, null, currency, null, null);
        return id;
    }

    /** Opens the customer's cash and receivable accounts if new. */
    void openCustomer(AccountId account, Currency currency) {
        open(cash(account), LedgerAccountKind.WALLET_CASH, account, currency, null, null);
        open(receivable(account), LedgerAccountKind.RECEIVABLE, account, currency, null, null);
    }

    void open(String id, LedgerAccountKind kind, AccountId account, Currency currency, Instant expiresAt,
              String reason) {
        jdbc.sql("""
                        INSERT INTO ledger_accounts (id, kind, account_id, currency, expires_at, reason)
                        VALUES (:id, :kind, :account, :currency, :expires, :reason) ON CONFLICT (id) DO NOTHING""")
                .param("id", id).param("kind", kind.name())
                .param("account", account == null ? null : account.value())
                .param("currency", currency.getCurrencyCode())
                .param("expires", expiresAt == null ? null : OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .param("reason", reason).update();
    }

    /**
     * Serialises postings on one customer's ledger accounts until the transaction ends, so two sessions ending
     * together cannot both spend the same balance.
     */
    void lock(AccountId account) {
        jdbc.sql("SELECT id FROM ledger_accounts WHERE id = :id FOR UPDATE").param("id", cash(account))
                .query(String.class).optional();
    }

    /**
     * Posts a balanced journal unless one of the same kind and reference exists.
     *
     * @return true when posted now, false when it already was
     * @throws IllegalArgumentException when the postings do not balance or fewer than two are non-zero
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean post(JournalKind kind, String reference, AccountId account, String note, Currency currency,
                 List<Posting> postings) {
        List<Posting> nonZero = postings.stream().filter(p -> p.amount().signum() != 0).toList();
        BigDecimal sum = nonZero.stream().map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new IllegalArgumentException(kind + " " + reference + " does not balance: " + sum);
        }
        if (nonZero.size() < 2) {
            throw new IllegalArgumentException(kind + " " + reference + " needs two non-zero postings");
        }
        UUID journal = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO ledger_journals (id, kind, reference, account_id, note, posted_at)
                        VALUES (:id, :kind, :reference, :account, :note, :now)
                        ON CONFLICT (kind, reference) DO NOTHING""")
                .param("id", journal).param("kind", kind.name()).param("reference", reference)
                .param("account", account == null ? null : account.value()).param("note", note)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        if (inserted == 0) {
            return false;
        }
        for (Posting posting : nonZero) {
            jdbc.sql("INSERT INTO ledger_entries (journal_id, ledger_account, amount, currency) "
                            + "VALUES (:journal, :account, :amount, :currency)")
                    .param("journal", journal).param("account", posting.ledgerAccount())
                    .param("amount", posting.amount()).param("currency", currency.getCurrencyCode()).update();
        }
        return true;
    }

    boolean posted(JournalKind kind, String reference) {
        return jdbc.sql("SELECT count(*) FROM ledger_journals WHERE kind = :kind AND reference = :reference")
                .param("kind", kind.name()).param("reference", reference).query(Long.class).single() > 0;
    }

    /** The ledger account's balance in its normal direction (a wallet's credit balance is positive). */
    Money balance(String ledgerAccount, LedgerAccountKind kind, Currency currency) {
        BigDecimal sum = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM ledger_entries WHERE ledger_account = :id")
                .param("id", ledgerAccount).query(BigDecimal.class).single();
        return new Money(kind.creditNormal() ? sum.negate() : sum, currency);
    }

    /** Promotional credit with something left, earliest expiry first; only unexpired at {@code now} unless null. */
    List<Promotion> promotions(AccountId account, Instant unexpiredAt, Instant expiredAt) {
        return jdbc.sql("""
                        SELECT a.id, a.currency, a.expires_at, a.reason, -coalesce(sum(e.amount), 0) AS remaining
                        FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.ledger_account = a.id
                        WHERE a.kind = 'WALLET_PROMOTIONAL' AND (:account::uuid IS NULL OR a.account_id = :account)
                          AND (:unexpired::timestamptz IS NULL OR a.expires_at > :unexpired)
                          AND (:expired::timestamptz IS NULL OR a.expires_at <= :expired)
                        GROUP BY a.id HAVING -coalesce(sum(e.amount), 0) > 0
                        ORDER BY a.expires_at, a.id""")
                .param("account", account == null ? null : account.value())
                .param("unexpired", unexpiredAt == null ? null : OffsetDateTime.ofInstant(unexpiredAt, ZoneOffset.UTC))
                .param("expired", expiredAt == null ? null : OffsetDateTime.ofInstant(expiredAt, ZoneOffset.UTC))
                .query((rs, row) -> new Promotion(rs.getString("id"),
                        new Money(rs.getBigDecimal("remaining"), Currency.getInstance(rs.getString("currency"))),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("reason")))
                .list();
    }

    /** The owner of a promotional ledger account. */
    Optional<AccountId> ownerOf(String ledgerAccount) {
        return jdbc.sql("SELECT account_id FROM ledger_accounts WHERE id = :id").param("id", ledgerAccount)
                .query(UUID.class).optional().map(AccountId::new);
    }

    record Promotion(String ledgerAccount, Money remaining, Instant expiresAt, String reason) {
        UUID id() {
            return UUID.fromString(ledgerAccount.substring("promo:".length()));
        }
    }

    List<LedgerEntry> entries(AccountId account, Long after, int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.journal_id, j.kind, j.reference, e.ledger_account, a.kind AS account_kind,
                               e.amount, e.currency, j.posted_at
                        FROM ledger_entries e JOIN ledger_journals j ON j.id = e.journal_id
                        JOIN ledger_accounts a ON a.id = e.ledger_account
                        WHERE a.account_id = :account AND e.id > :after ORDER BY e.id LIMIT :limit""")
                .param("account", account.value()).param("after", after == null ? 0L : after).param("limit", limit)
                .query(this::entry).list();
    }

    private LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        LedgerAccountKind kind = LedgerAccountKind.valueOf(rs.getString("account_kind"));
        BigDecimal amount = rs.getBigDecimal("amount");
        return new LedgerEntry(rs.getLong("id"), rs.getObject("journal_id", UUID.class),
                JournalKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("ledger_account"),
                kind, new Money(kind.creditNormal() ? amount.negate() : amount,
                Currency.getInstance(rs.getString("currency"))),
                rs.getObject("posted_at", OffsetDateTime.class).toInstant());
    }
}
