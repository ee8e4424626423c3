package io.busbar.payments.internal;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.busbar.authorization.IdTokens;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.payments.JournalKind;
import io.busbar.payments.LedgerAccountKind;
import io.busbar.payments.PaymentDeclinedException;
import io.busbar.payments.PaymentProvider;
import io.busbar.payments.TerminalAuthorization.Status;
import io.busbar.payments.TerminalAuthorization;
import io.busbar.payments.TerminalPayments;
import io.busbar.payments.internal.Ledger.Posting;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.tariffs.Money;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ad hoc card payments at a charger (payment_authorizations) and their one-off id tokens. */
@Service
class TerminalBook implements TerminalPayments {
    private static final Logger log = LoggerFactory.getLogger(TerminalBook.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final PaymentProvider provider;
    private final IdTokens idTokens;
    private final ChargerRegistry chargers;
    private final SessionQueries sessions;
    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration expiry;

    TerminalBook(JdbcClient jdbc, PaymentProvider provider, IdTokens idTokens, ChargerRegistry chargers,
                 SessionQueries sessions, Ledger ledger, TransactionTemplate transactions, Clock clock,
                 @Value("${busbar.payments.terminal.authorization-expiry:30m}") Duration expiry) {
        this.jdbc = jdbc;
        this.provider = provider;
        this.idTokens = idTokens;
        this.chargers = chargers;
        this.sessions = sessions;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public TerminalAuthorization authorize(ChargerIdentity charger, int evseId, Money amount, String paymentMethod,
                                           String idempotencyKey) {
        TenantId tenant = chargers.require(charger).tenant();
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (idempotencyKey != null) {
            Optional<TerminalAuthorization> earlier = byKey(idempotencyKey);
            if (earlier.isPresent()) {
                // Keys are unique across tenants: another tenant's authorization is never answered (issue 7).
                if (!chargers.tenantOf(earlier.get().charger()).orElse(TenantId.DEFAULT).equals(tenant)) {
                    throw new IllegalArgumentException("this Idempotency-Key is already used; choose another");
                }
                return earlier.get();
            }
        }
        PaymentProvider.ProviderResult result = provider.preAuthorize(amount, paymentMethod,
                idempotencyKey == null ? "terminal:" + UUID.randomUUID() : "terminal:" + idempotencyKey);
        if (!result.approved()) {
            throw new PaymentDeclinedException(result.declineReason());
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // A one-off token: the charger accepts it because it is registered; it is blocked once settled.
        String token = "PAY" + HexFormat.of().withUpperCase().formatHex(randomBytes());
        return transactions.execute(status -> {
            // the one-off token is of the charger's tenant: it authorizes nowhere else
            idTokens.create(tenant, new IdToken(token, IdTokenType.CENTRAL), "ad hoc payment " + id, false,
                    now.plus(expiry).plus(Duration.ofDays(1)), null);
            int inserted = jdbc.sql("""
                            INSERT INTO payment_authorizations (id, charger_identity, evse_id, amount, currency,
                                payment_method, id_token_value, provider_reference, status, idempotency_key,
                                created_at, expires_at)
                            SELECT :id, :charger, :evse, :amount, :currency, :method, :token, :reference,
                                   'AUTHORIZED', :key, :now, :expires
                            WHERE NOT EXISTS (SELECT 1 FROM payment_authorizations WHERE idempotency_key = :key)""")
                    .param("id", id).param("charger", charger.value()).param("evse", evseId)
                    .param("amount", amount.amount()).param("currency", amount.currency().getCurrencyCode())
                    .param("method", PaymentProvider.masked(paymentMethod)).param("token", token)
                    .param("reference", result.reference()).param("key", idempotencyKey)
                    .param("now", at(now)).param("expires", at(now.plus(expiry)))
                    .update();
            if (inserted == 0) {
                status.setRollbackOnly(); // a concurrent request with the same key won: drop this token
                return byKey(idempotencyKey).orElseThrow();
            }
            return find(id).orElseThrow();
        });
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public Optional<TerminalAuthorization> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment_authorizations WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public Optional<TerminalAuthorization> forToken(String idTokenValue) {
        return jdbc.sql("SELECT * FROM payment_authorizations WHERE id_token_value = :token")
                .param("token", idTokenValue).query(this::map).optional();
    }

    private Optional<TerminalAuthorization> byKey(String key) {
        return jdbc.sql("SELECT * FROM payment_authorizations WHERE idempotency_key = :key").param("key", key)
                .query(this::map).optional();
    }

    @Override
    @Transactional
    public TerminalAuthorization release(UUID id) {
        TerminalAuthorization authorization = locked(id).orElseThrow(() -> new IllegalArgumentException("no authorization " + id));
        if (authorization.status() == Status.CAPTURED) {
            throw new IllegalStateException("authorization " + id + " was captured");
        }
        if (authorization.status() == Status.AUTHORIZED && used(authorization)) {
            throw new IllegalStateException("a session started with authorization " + id + ": its CDR settles it");
        }
        if (authorization.status() == Status.AUTHORIZED) {
            provider.release(reference(id));
            settle(id, Status.RELEASED, null, null);
            blockToken(authorization.idTokenValue());
        }
        return find(id).orElseThrow();
    }

    @Override
    public int releaseExpired(Instant now) {
        List<UUID> due = jdbc.sql("SELECT id FROM payment_authorizations WHERE status = 'AUTHORIZED' AND expires_at <= :now")
                .param("now", at(now)).query(UUID.class).list();
        int released = 0;
        for (UUID id : due) {
            if (used(find(id).orElseThrow())) {
                continue; // its session is running or awaits its CDR: the capture settles it
            }
            release(id);
            log.info("Released expired ad hoc authorization {}", id);
            released++;
        }
        return released;
    }

    /**
     * Settles the authorization of a session's token on its CDR: captures min(total, authorised), releases the
     * rest, and posts the captured amount to the ledger (reference: the session, so a repeated CDR does nothing).
     *
     * @return false when the token has no open authorization
     */
    @Transactional
    public boolean capture(String idTokenValue, SessionId session, Money total) {
        Optional<TerminalAuthorization> open = forToken(idTokenValue).flatMap(a -> locked(a.id()))
                .filter(a -> a.status() == Status.AUTHORIZED);
        if (open.isEmpty()) {
            return false;
        }
        TerminalAuthorization authorization = open.get();
        if (!total.currency().equals(authorization.amount().currency())) {
            log.error("Session {} priced in {} but authorised in {}: released", session, total.currency(),
                    authorization.amount().currency());
            provider.release(reference(authorization.id()));
            settle(authorization.id(), Status.RELEASED, null, session);
            return true;
        }
        Money captured = total.compareTo(authorization.amount()) <= 0 ? total : authorization.amount();
        if (captured.compareTo(total) < 0) {
            log.warn("Session {} cost {}, more than the {} authorised; captured the authorised amount", session,
                    total, authorization.amount());
        }
        if (captured.amount().signum() == 0) {
            provider.release(reference(authorization.id()));
            settle(authorization.id(), Status.RELEASED, null, session);
        } else {
            provider.capture(reference(authorization.id()), captured);
            settle(authorization.id(), Status.CAPTURED, captured, session);
            ledger.post(JournalKind.CAPTURE, session.toString(), null, "ad hoc " + authorization.paymentMethodMasked(),
                    captured.currency(), List.of(
                            Posting.debit(ledger.system(LedgerAccountKind.PROVIDER_CLEARING, captured.currency()), captured),
                            Posting.credit(ledger.system(LedgerAccountKind.REVENUE, captured.currency()), captured)));
        }
        blockToken(idTokenValue);
        return true;
    }

    private boolean used(TerminalAuthorization authorization) {
        return !sessions.list(new SessionQueries.SessionFilter(null, authorization.idTokenValue(), null, null, null),
                null, 1).isEmpty();
    }

    private void settle(UUID id, Status status, Money captured, SessionId session) {
        jdbc.sql("""
                        UPDATE payment_authorizations SET status = :status, captured_amount = :captured,
                            session_id = :session, settled_at = :now WHERE id = :id""")
                .param("status", status.name()).param("captured", captured == null ? null : captured.amount())
                .param("session", session == null ? null : session.value()).param("now", at(clock.instant()))
                .param("id", id).update();
    }

    private void blockToken(String token) {
        idTokens.update(token, null, true, null, false, null);
    }

    private Optional<TerminalAuthorization> locked(UUID id) {
        return jdbc.sql("SELECT * FROM payment_authorizations WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::map).optional();
    }

    private String reference(UUID id) {
        return jdbc.sql("SELECT provider_reference FROM payment_authorizations WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private TerminalAuthorization map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        var captured = rs.getBigDecimal("captured_amount");
        UUID session = rs.getObject("session_id", UUID.class);
        OffsetDateTime settled = rs.getObject("settled_at", OffsetDateTime.class);
        return new TerminalAuthorization(rs.getObject("id", UUID.class),
                new ChargerIdentity(rs.getString("charger_identity")), rs.getInt("evse_id"),
                new Money(rs.getBigDecimal("amount"), currency), rs.getString("payment_method"),
                rs.getString("id_token_value"), Status.valueOf(rs.getString("status")),
                captured == null ? null : new Money(captured, currency), session == null ? null : new SessionId(session),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), settled == null ? null : settled.toInstant());
    }
}
