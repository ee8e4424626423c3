package io.busbar.payments.internal;

import io.busbar.accounts.AccountId;
import io.busbar.payments.TopUp;
import io.busbar.tariffs.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** The wallet_top_ups table: one row per top-up attempt, unique per account and Idempotency-Key. */
@Component
class TopUps {
    private final JdbcClient jdbc;

    TopUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TopUp> find(AccountId account, String idempotencyKey) {
        return jdbc.sql("SELECT * FROM wallet_top_ups WHERE account_id = :account AND idempotency_key = :key")
                .param("account", account.value()).param("key", idempotencyKey).query(this::map).optional();
    }

    /** Stores the top-up, or returns the one stored first under the same idempotency key. */
    TopUp record(TopUp topUp, String idempotencyKey) {
        int inserted = jdbc.sql("""
                        INSERT INTO wallet_top_ups (id, account_id, amount, currency, payment_method, idempotency_key,
                                                    status, provider_reference, decline_reason, created_at)
                        VALUES (:id, :account, :amount, :currency, :method, :key, :status, :reference, :reason, :at)
                        ON CONFLICT (account_id, idempotency_key) DO NOTHING""")
                .param("id", topUp.id()).param("account", topUp.account().value())
                .param("amount", topUp.amount().amount()).param("currency", topUp.amount().currency().getCurrencyCode())
                .param("method", topUp.paymentMethodMasked()).param("key", idempotencyKey)
                .param("status", topUp.status().name()).param("reference", topUp.providerReference())
                .param("reason", topUp.declineReason())
                .param("at", OffsetDateTime.ofInstant(topUp.createdAt(), ZoneOffset.UTC)).update();
        return inserted == 1 ? topUp : find(topUp.account(), idempotencyKey).orElseThrow();
    }

    private TopUp map(ResultSet rs, int row) throws SQLException {
        return new TopUp(rs.getObject("id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
                new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("payment_method"), TopUp.Status.valueOf(rs.getString("status")),
                rs.getString("provider_reference"), rs.getString("decline_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
