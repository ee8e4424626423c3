package io.busbar.pricedisplay.internal;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each session's screen was last told, and when: the rate limit of running-cost pushes and the "an answer
 * carried it recently" test for 2.0.1 CostUpdated. In memory on purpose: losing it (restart, another node) costs
 * at most one extra display message, never a wrong price.
 */
@Component
class ShownCosts {
    /** A bound on the tariff-text memory: past it, entries older than the interval are dropped. */
    private static final int MAX_TARIFF_ENTRIES = 10_000;
    private final Map<SessionId, Shown> costs = new ConcurrentHashMap<>();
    private final Map<String, Instant> tariffTexts = new ConcurrentHashMap<>();

    record Shown(BigDecimal cost, Instant at) {
    }

    void costShown(SessionId session, BigDecimal cost, Instant at) {
        costs.put(session, new Shown(cost, at));
    }

    /** True when the session's screen got a cost less than {@code interval} ago. */
    boolean shownWithin(SessionId session, Instant now, Duration interval) {
        Shown shown = costs.get(session);
        return shown != null && shown.at().plus(interval).isAfter(now);
    }

    /** The cost shown less than {@code interval} ago, if any. */
    Optional<BigDecimal> recent(SessionId session, Instant now, Duration interval) {
        Shown shown = costs.get(session);
        return shown != null && shown.at().plus(interval).isAfter(now) ? Optional.of(shown.cost()) : Optional.empty();
    }

    /** True when the screen already shows this cost. */
    boolean shows(SessionId session, BigDecimal cost) {
        Shown shown = costs.get(session);
        return shown != null && shown.cost().compareTo(cost) == 0;
    }

    void forget(SessionId session) {
        costs.remove(session);
    }

    /** Claims the right to show a tariff text to this driver now; false when it was shown within the interval. */
    boolean claimTariffText(ChargerIdentity charger, IdToken token, Instant now, Duration interval) {
        if (tariffTexts.size() > MAX_TARIFF_ENTRIES) {
            tariffTexts.values().removeIf(at -> !at.plus(interval).isAfter(now));
        }
        String key = charger.value() + "\u0000" + token.value();
        Instant previous = tariffTexts.get(key);
        if (previous != null && previous.plus(interval).isAfter(now)) {
            return false;
        }
        tariffTexts.put(key, now);
        return true;
    }
}
