package io.busbar.pricedisplay.internal;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.pricedisplay.DriverPriceTexts;
import io.busbar.pricedisplay.internal.CostDisplaySupport.Protocol;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.tariffs.TariffPricing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * Answers the adapters' questions while they build an answer. Never throws: a price that cannot be computed is
 * simply not shown, and the answer (an authorization, a transaction acknowledgement) goes out as without it.
 */
@Service
class ChargerPriceTexts implements DriverPriceTexts {
    private static final Logger log = LoggerFactory.getLogger(ChargerPriceTexts.class);
    /** Enough to find a transaction just started, updated or ended on one charger. */
    private static final int RECENT_SESSIONS = 50;

    private final TariffTexts tariffTexts;
    private final TariffPricing pricing;
    private final SessionQueries sessions;
    private final CostDisplaySupport support;
    private final ShownCosts shown;
    private final CostPushes pushes;
    private final Clock clock;
    private final java.time.Duration interval;

    ChargerPriceTexts(TariffTexts tariffTexts, TariffPricing pricing, SessionQueries sessions,
                      CostDisplaySupport support, ShownCosts shown, CostPushes pushes, Clock clock,
                      @org.springframework.beans.factory.annotation.Value(
                              "${busbar.price-display.running-cost-interval:60s}") java.time.Duration interval) {
        this.tariffTexts = tariffTexts;
        this.pricing = pricing;
        this.sessions = sessions;
        this.support = support;
        this.shown = shown;
        this.pushes = pushes;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public Optional<String> tariffText(ChargerIdentity charger, Integer evseId, IdToken token) {
        try {
            if (support.protocolOf(charger) == Protocol.OCPP201 && !support.showsTariff(charger)) {
                return Optional.empty();
            }
            return tariffTexts.text(charger, evseId, token);
        } catch (RuntimeException e) {
            log.warn("No tariff text for {}: {}", charger, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Optional<BigDecimal> totalCost(ChargerIdentity charger, SessionId session, boolean ended) {
        try {
            if (support.protocolOf(charger) == Protocol.OCPP201 && !support.showsCost(charger)) {
                return Optional.empty();
            }
            // Pricing reads the whole session: while it runs, at most once per interval (the screen keeps the last
            // total in between); the final cost is always computed.
            Optional<BigDecimal> recent = shown.recent(session, clock.instant(), interval);
            if (recent.isPresent() && !ended) {
                return recent;
            }
            BigDecimal total = pricing.sessionCost(session).breakdown().totalInclVat().amount();
            shown.costShown(session, total, clock.instant());
            return Optional.of(total);
        } catch (RuntimeException e) {
            // NoTariffAppliesException included: a session without tariff shows no cost (2.0.1 totalCost omitted)
            log.debug("No cost to show for session {} on {}: {}", session, charger, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Optional<BigDecimal> totalCost(ChargerIdentity charger, String chargerTransactionId, boolean ended) {
        try {
            return sessions.list(new SessionFilter(charger, null, null, null, null), null, RECENT_SESSIONS).stream()
                    .filter(session -> chargerTransactionId.equals(session.chargerTransactionId()))
                    .map(Session::id).findFirst()
                    .flatMap(session -> totalCost(charger, session, ended));
        } catch (RuntimeException e) {
            log.debug("No cost to show for transaction {} on {}: {}", chargerTransactionId, charger, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void driverIdentified(ChargerIdentity charger, Integer evseId, IdToken token) {
        if (token != null) {
            pushes.driverIdentified(charger, evseId, token);
        }
    }
}
