package io.busbar.api.driver;

import io.busbar.platform.units.Power;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.TariffPricing;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * What a driver sees of a session at a glance: energy, power now, SoC, and the cost so far (or final) as
 * {@code GET /api/v1/sessions/{id}/cost} computes it, under the tariff version pinned at the start.
 */
@Component
class LiveSessionView {
    static final String POWER = "Power.Active.Import";

    private final SessionQueries sessions;
    private final TariffPricing pricing;

    LiveSessionView(SessionQueries sessions, TariffPricing pricing) {
        this.sessions = sessions;
        this.pricing = pricing;
    }

    /**
     * @param powerW     the latest power reading (all phases), null before one arrived or once ended
     * @param socPercent the EV's state of charge, null when the charger does not report it
     * @param cost       incl. VAT; null when no tariff applied at the start
     */
    record Live(String sessionId, String chargerId, int evseId, SessionState state, Instant startedAt, Instant endedAt,
                Long energyWh, Long powerW, BigDecimal socPercent, Money cost, boolean costFinal, Instant updatedAt) {
    }

    Live of(Session session) {
        Money cost = null;
        boolean complete = false;
        try {
            TariffPricing.SessionCost priced = pricing.sessionCost(session.id());
            cost = priced.breakdown().totalInclVat();
            complete = priced.complete();
        } catch (NoTariffAppliesException e) {
            // no price to show: the app says so rather than showing zero
        }
        Long power = session.state() == SessionState.ENDED ? null : latestPower(session);
        return new Live(session.id().toString(), session.charger().value(), session.evseId(), session.state(),
                session.startedAt(), session.endedAt(), session.energy() == null ? null : session.energy().wattHours(),
                power, session.lastStateOfCharge(), cost, complete, session.updatedAt());
    }

    /** The newest sample time's total: the phase-less value when sent, else the sum over phases. */
    private Long latestPower(Session session) {
        List<MeterReading> readings = sessions.readings(session.id(), POWER);
        if (readings.isEmpty()) {
            return null;
        }
        Instant newest = readings.getLast().timestamp();
        List<MeterReading> latest = readings.stream().filter(r -> r.timestamp().equals(newest) && r.value() != null).toList();
        BigDecimal watts = latest.stream().filter(r -> r.phase() == null).findFirst().map(LiveSessionView::watts)
                .orElseGet(() -> latest.stream().map(LiveSessionView::watts).reduce(BigDecimal.ZERO, BigDecimal::add));
        return Power.ofWatts(watts.setScale(0, RoundingMode.HALF_UP).longValueExact()).watts();
    }

    private static BigDecimal watts(MeterReading reading) {
        return "kW".equalsIgnoreCase(reading.unit()) ? reading.value().movePointRight(3) : reading.value();
    }
}
