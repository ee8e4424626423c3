package io.busbar.billing.internal;

import io.busbar.accounts.Account;
import io.busbar.accounts.Accounts;
import io.busbar.billing.Cdr;
import io.busbar.billing.CdrId;
import io.busbar.billing.CdrIssued;
import io.busbar.billing.VatAmount;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionEvents.SessionEnded;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.TariffPricing.SessionCost;
import io.busbar.tariffs.TariffPricing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues the CDR of a session once it has ended: the final {@link TariffPricing#sessionCost} (the same numbers
 * {@code GET /sessions/{id}/cost} shows), stored and announced with {@link CdrIssued} in one transaction.
 * Idempotent: a session end delivered again (a retried stop, a republished event) finds the CDR and does nothing;
 * the unique session key in the database backs this up.
 */
@Component
class CdrIssuer {
    private static final Logger log = LoggerFactory.getLogger(CdrIssuer.class);

    private final SessionQueries sessions;
    private final TariffPricing pricing;
    private final Accounts accounts;
    private final CdrBook cdrs;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final BillingProperties properties;
    private final Clock clock;
    private final ChargerRegistry chargers;

    CdrIssuer(SessionQueries sessions, TariffPricing pricing, Accounts accounts, CdrBook cdrs, DocumentNumbers numbers,
              ApplicationEventPublisher events, BillingProperties properties, Clock clock, ChargerRegistry chargers) {
        this.chargers = chargers;
        this.sessions = sessions;
        this.pricing = pricing;
        this.accounts = accounts;
        this.cdrs = cdrs;
        this.numbers = numbers;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionEnded event) {
        issue(event.session());
    }

    /** @return the CDR issued now, empty when the session already has one */
    @Transactional
    Optional<Cdr> issue(SessionId id) {
        Instant now = clock.instant();
        // the counter lock serialises issuers, so the check below cannot race with another issue for this session
        numbers.lock(DocumentNumbers.Kind.CDR, now);
        if (cdrs.existsForSession(id)) {
            log.debug("Session {} already has its CDR", id);
            return Optional.empty();
        }
        Session session = sessions.find(id).orElseThrow(() -> new IllegalStateException("ended session " + id + " not found"));
        String tokenValue = sessions.idTokenValue(id).orElse(null);
        // An account pays only for sessions at its own tenant's chargers (issue 7), even when a charger let another
        // tenant's token charge (offline, or with a stale local list).
        Optional<Account> account = tokenValue == null ? Optional.empty() : accounts.forToken(tokenValue)
                .filter(payer -> chargers.tenantOf(session.charger()).map(payer.tenant()::equals).orElse(false));
        Cdr cdr = priced(session, account, now);
        cdrs.insert(cdr);
        events.publishEvent(new CdrIssued(cdr.id(), id, cdr.account(), tokenValue, cdr.totalInclVat(), now));
        log.info("Issued {} for session {}: {}", cdr.number(), id, cdr.totalInclVat());
        return Optional.of(cdr);
    }

    private Cdr priced(Session session, Optional<Account> account, Instant now) {
        String number = numbers.next(DocumentNumbers.Kind.CDR, now);
        CdrId id = new CdrId(UUID.randomUUID());
        Instant ended = session.endedAt() == null ? now : session.endedAt();
        try {
            SessionCost cost = pricing.sessionCost(session.id());
            PriceBreakdown price = cost.breakdown();
            return new Cdr(id, number, session.id(), session.charger(), session.evseId(), session.idTokenMasked(),
                    account.map(Account::id).orElse(null), cost.tariff().id(), cost.tariff().version(), cost.reason(),
                    session.startedAt(), ended, session.energy(), price.periods(), price.lines(), price.adjustments(),
                    VatSplit.of(price), price.totalExclVat(), price.totalVat(), price.totalInclVat(),
                    Money.zero(price.currency()), now);
        } catch (NoTariffAppliesException | ChargerNotFoundException e) {
            // a session nobody priced is still a session: it gets a CDR at zero saying why, never a lost CDR
            Currency currency = account.map(Account::currency).orElse(properties.defaultCurrency());
            Money zero = Money.zero(currency);
            return new Cdr(id, number, session.id(), session.charger(), session.evseId(), session.idTokenMasked(),
                    account.map(Account::id).orElse(null), null, null, "no tariff: " + e.getMessage(),
                    session.startedAt(), ended, session.energy(), List.of(), List.of(), List.of(),
                    List.of(new VatAmount(BigDecimal.ZERO, zero, zero, zero)), zero, zero, zero, zero, now);
        }
    }
}
