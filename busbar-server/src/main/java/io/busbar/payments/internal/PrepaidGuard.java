package io.busbar.payments.internal;

import io.busbar.platform.PeriodicJob;
import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountKind;
import io.busbar.accounts.Accounts;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Site;
import io.busbar.chargers.Sites;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandException;
import io.busbar.commands.RemoteStop;
import io.busbar.payments.TerminalAuthorization;
import io.busbar.payments.Wallets;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.sessions.SessionState;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PriceScheduleBook;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCalculator;
import io.busbar.tariffs.TariffPricing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stops a session paid from a prepaid wallet or an ad hoc authorization before the money runs out. Every
 * {@code busbar.payments.guard.interval} (5 s) it prices each such active session as if it kept drawing its present
 * power for {@code lookahead-intervals} (3) more intervals after now; when the projected costs of an account's
 * sessions reach what the wallet (or authorization) has available, it sends RemoteStop (1.6 RemoteStopTransaction,
 * 2.0.1 RequestStopTransaction F03) and records the decision in {@code prepaid_guard_stops}. A stop the charger does
 * not act on is sent again after {@code resend-after} (60 s).
 */
@Component
class PrepaidGuard extends PeriodicJob {
    private static final Logger log = LoggerFactory.getLogger(PrepaidGuard.class);
    private static final int PAGE = 200;
    private final Accounts accounts;
    private final Wallets wallets;
    private final JdbcClient jdbc;
    private final SessionQueries sessions;
    private final TariffPricing pricing;
    private final PriceScheduleBook schedules;
    private final ChargerRegistry chargers;
    private final Sites sites;
    private final ChargerCommands commands;
    private final Clock clock;
    private final Duration lookahead;
    private final Duration resendAfter;
    private final boolean enabled;

    PrepaidGuard(Accounts accounts, Wallets wallets, JdbcClient jdbc, SessionQueries sessions, TariffPricing pricing,
                 PriceScheduleBook schedules, ChargerRegistry chargers, Sites sites, ChargerCommands commands, Clock clock,
                 @Value("${busbar.payments.guard.enabled:true}") boolean enabled,
                 @Value("${busbar.payments.guard.interval:5s}") Duration interval,
                 @Value("${busbar.payments.guard.lookahead-intervals:3}") int lookaheadIntervals,
                 @Value("${busbar.payments.guard.resend-after:60s}") Duration resendAfter) {
        super("prepaid-guard", interval, "busbar.payments.guard.interval");
        if (lookaheadIntervals < 1) {
            throw new IllegalArgumentException("busbar.payments.guard.lookahead-intervals must be at least 1");
        }
        this.accounts = accounts;
        this.wallets = wallets;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.pricing = pricing;
        this.schedules = schedules;
        this.chargers = chargers;
        this.sites = sites;
        this.commands = commands;
        this.clock = clock;
        this.enabled = enabled;
        this.lookahead = interval.multipliedBy(lookaheadIntervals);
        this.resendAfter = resendAfter;
    }

    /** One round over every guarded session. */
    @Override
    protected void runOnce() {
        Instant now = clock.instant();
        AccountId after = null;
        List<Account> page;
        do {
            page = accounts.list(null, after, PAGE); // every tenant's: Busbar's own job
            for (Account account : page) {
                if (account.kind() == AccountKind.PREPAID && !account.tokens().isEmpty()) {
                    List<Session> active = active(account.tokens());
                    if (!active.isEmpty()) {
                        guard(active, wallets.balance(account.id()).available(), account.id(), null, now);
                    }
                }
            }
            after = page.isEmpty() ? null : page.getLast().id();
        } while (page.size() == PAGE);
        for (UUID id : openAuthorizations()) {
            jdbc.sql("SELECT id_token_value FROM payment_authorizations WHERE id = :id").param("id", id)
                    .query(String.class).optional().ifPresent(token -> {
                        List<Session> active = active(List.of(token));
                        if (!active.isEmpty()) {
                            guard(active, authorised(id), null, id, now);
                        }
                    });
        }
    }

    private List<Session> active(List<String> tokens) {
        List<Session> active = new ArrayList<>();
        for (String token : tokens) {
            active.addAll(sessions.list(new SessionFilter(null, token, SessionState.ACTIVE, null, null), null, 20));
        }
        return active;
    }

    private void guard(List<Session> active, Money available, AccountId account, UUID authorization, Instant now) {
        Money projected = Money.zero(available.currency());
        Money soFar = Money.zero(available.currency());
        for (Session session : active) {
            try {
                TariffPricing.SessionCost cost = pricing.sessionCost(session.id());
                if (!cost.breakdown().currency().equals(available.currency())) {
                    log.warn("Session {} is priced in {}, its payer holds {}: not guarded", session.id(),
                            cost.breakdown().currency(), available.currency());
                    return;
                }
                soFar = soFar.plus(cost.breakdown().totalInclVat());
                Instant horizon = later(now, cost.timeline().end()).plus(lookahead);
                Tariff tariff = cost.tariff().tariff();
                projected = projected.plus(TariffCalculator.calculate(tariff,
                        CostProjection.project(cost.timeline(), horizon), zoneOf(session), schedules.schedulesOf(tariff))
                        .totalInclVat());
            } catch (NoTariffAppliesException e) {
                log.debug("Session {} has no tariff: nothing to guard", session.id());
            }
        }
        if (projected.compareTo(available) < 0) {
            return;
        }
        for (Session session : active) {
            if (!recentlyStopped(session, now)) {
                stop(session, account, authorization, soFar, projected, available, now);
            }
        }
    }

    private void stop(Session session, AccountId account, UUID authorization, Money soFar, Money projected,
                      Money available, Instant now) {
        // ADR 0004: a 1.6 charger knows the transaction by Busbar's number, a 2.0.1 one by its own id.
        String transactionId = session.chargerTransactionId() != null ? session.chargerTransactionId()
                : Long.toString(session.transactionNumber());
        String outcome;
        try {
            outcome = "RemoteStop " + commands.send(session.charger(), new RemoteStop(transactionId)).result().status();
        } catch (CommandException e) {
            outcome = "RemoteStop failed: " + e.getMessage();
        }
        log.info("Prepaid guard stopped session {} on {} (so far {}, projected {}, available {}): {}", session.id(),
                session.charger().value(), soFar, projected, available, outcome);
        jdbc.sql("""
                        INSERT INTO prepaid_guard_stops (session_id, charger_identity, account_id, authorization_id,
                            cost_so_far, projected_cost, available, currency, outcome, decided_at)
                        VALUES (:session, :charger, :account, :authorization, :soFar, :projected, :available,
                                :currency, :outcome, :at)""")
                .param("session", session.id().value()).param("charger", session.charger().value())
                .param("account", account == null ? null : account.value()).param("authorization", authorization)
                .param("soFar", soFar.amount()).param("projected", projected.amount())
                .param("available", available.amount()).param("currency", available.currency().getCurrencyCode())
                .param("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    private boolean recentlyStopped(Session session, Instant now) {
        return jdbc.sql("SELECT count(*) FROM prepaid_guard_stops WHERE session_id = :session AND decided_at > :since")
                .param("session", session.id().value())
                .param("since", OffsetDateTime.ofInstant(now.minus(resendAfter), ZoneOffset.UTC))
                .query(Long.class).single() > 0;
    }

    private List<UUID> openAuthorizations() {
        return jdbc.sql("SELECT id FROM payment_authorizations WHERE status = :status")
                .param("status", TerminalAuthorization.Status.AUTHORIZED.name()).query(UUID.class).list();
    }

    private Money authorised(UUID id) {
        return jdbc.sql("SELECT amount, currency FROM payment_authorizations WHERE id = :id").param("id", id)
                .query((rs, row) -> new Money(rs.getBigDecimal("amount"),
                        java.util.Currency.getInstance(rs.getString("currency")))).single();
    }

    private ZoneId zoneOf(Session session) {
        return chargers.find(session.charger()).map(c -> c.siteId()).flatMap(sites::find).map(Site::timeZone)
                .orElse(ZoneOffset.UTC);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    protected boolean enabled() {
        return enabled;
    }
}
