package io.busbar.payments.internal;

import io.busbar.payments.PaymentProvider;
import io.busbar.payments.PaymentProviderException;
import io.busbar.tariffs.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A payment provider that moves no real money, for development, demos and tests ({@code busbar.payments.provider=
 * sandbox}; the demo and the tests use it; without a provider configured none is active, see
 * {@link NoPaymentProvider}). Deterministic test cards: {@value #APPROVE} approves, {@value #DECLINE} is declined
 * ("card declined"), {@value #INSUFFICIENT_FUNDS} is declined ("insufficient funds"), {@value #FAIL} fails (a
 * provider error); any other payment method is declined as "not a sandbox test card". State lives in the
 * {@code sandbox_payments} table, so a restart forgets no authorization.
 */
@Component
@ConditionalOnProperty(name = "busbar.payments.provider", havingValue = "sandbox")
class SandboxPaymentProvider implements PaymentProvider {
    static final String APPROVE = "4242424242424242";
    static final String DECLINE = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String FAIL = "4000000000000119";

    private final JdbcClient jdbc;
    private final Clock clock;

    SandboxPaymentProvider(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProviderResult preAuthorize(Money amount, String paymentMethod, String idempotencyKey) {
        return answer("AUTHORIZATION", "AUTHORIZED", amount, paymentMethod, idempotencyKey);
    }

    @Override
    @Transactional
    public ProviderResult charge(Money amount, String paymentMethod, String idempotencyKey) {
        return answer("CHARGE", "CHARGED", amount, paymentMethod, idempotencyKey);
    }

    @Override
    @Transactional
    public void capture(String authorization, Money amount) {
        BigDecimal held = jdbc.sql("SELECT amount FROM sandbox_payments WHERE reference = :ref AND kind = 'AUTHORIZATION' "
                        + "AND status IN ('AUTHORIZED', 'CAPTURED') FOR UPDATE")
                .param("ref", authorization).query(BigDecimal.class).optional()
                .orElseThrow(() -> new PaymentProviderException("no open sandbox authorization " + authorization));
        if (amount.amount().compareTo(held) > 0) {
            throw new PaymentProviderException("cannot capture " + amount + ": only " + held + " authorised");
        }
        jdbc.sql("UPDATE sandbox_payments SET status = 'CAPTURED', captured_amount = :amount WHERE reference = :ref")
                .param("amount", amount.amount()).param("ref", authorization).update();
    }

    @Override
    @Transactional
    public void release(String authorization) {
        jdbc.sql("UPDATE sandbox_payments SET status = 'RELEASED' WHERE reference = :ref AND status = 'AUTHORIZED'")
                .param("ref", authorization).update();
    }

    private ProviderResult answer(String kind, String status, Money amount, String paymentMethod, String key) {
        String method = paymentMethod == null ? "" : paymentMethod.replace(" ", "");
        if (method.equals(FAIL)) {
            throw new PaymentProviderException("sandbox: processing error (test card " + PaymentProvider.masked(method) + ")");
        }
        String decline = switch (method) {
            case APPROVE -> null;
            case DECLINE -> "card declined";
            case INSUFFICIENT_FUNDS -> "insufficient funds";
            default -> "not a sandbox test card";
        };
        if (decline != null) {
            return ProviderResult.declined(decline);
        }
        String reference = "sbx_" + UUID.randomUUID().toString().replace("-", "");
        int inserted = jdbc.sql("""
                        INSERT INTO sandbox_payments (reference, kind, payment_method, amount, currency, status,
                                                      idempotency_key, created_at)
                        VALUES (:ref, :kind, :method, :amount, :currency, :status, :key, :at)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("ref", reference).param("kind", kind).param("method", PaymentProvider.masked(method))
                .param("amount", amount.amount()).param("currency", amount.currency().getCurrencyCode())
                .param("status", status).param("key", key)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        if (inserted == 0) {
            reference = jdbc.sql("SELECT reference FROM sandbox_payments WHERE idempotency_key = :key")
                    .param("key", key).query(String.class).single();
        }
        return ProviderResult.approved(reference);
    }
}
