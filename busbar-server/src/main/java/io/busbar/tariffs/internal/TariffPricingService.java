package io.busbar.tariffs.internal;

import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.tariffs.MeteredTimeline;
import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.PriceScheduleBook;
import io.busbar.tariffs.PriceScheduleId;
import io.busbar.tariffs.PriceSchedules;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.QuoteRequest;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCalculator;
import io.busbar.tariffs.TariffPricing;
import io.busbar.tariffs.TariffQuoter;
import io.busbar.tariffs.TariffResolution;
import org.springframework.stereotype.Service;

import java.time.Clock;

@Service
class TariffPricingService implements TariffPricing {
    private final TariffAssignments assignments;
    private final SessionTariffs sessionTariffs;
    private final SessionQueries sessions;
    private final PriceScheduleBook schedules;
    private final SiteZones siteZones;
    private final Clock clock;

    TariffPricingService(TariffAssignments assignments, SessionTariffs sessionTariffs, SessionQueries sessions,
                         PriceScheduleBook schedules, SiteZones siteZones, Clock clock) {
        this.siteZones = siteZones;
        this.assignments = assignments;
        this.sessionTariffs = sessionTariffs;
        this.sessions = sessions;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public PricedQuote quote(PricingTarget target, QuoteRequest request) {
        TariffResolution resolution = assignments.resolve(target, request.start());
        Tariff tariff = resolution.version().tariff();
        return new PricedQuote(resolution, TariffQuoter.quote(tariff, resolution.zone(), schedulesOf(tariff), request));
    }

    @Override
    public SessionCost sessionCost(SessionId id) {
        Session session = sessions.find(id).orElseThrow(() -> new SessionNotFoundException(id.toString()));
        // the started event is handled after commit: a cost asked for in between resolves (and pins) it here
        SessionTariffs.Recorded recorded = sessionTariffs.find(id).orElseGet(() -> sessionTariffs.record(id,
                assignments.resolve(PricingTarget.evse(session.charger(), Math.max(session.evseId(), 1)),
                        session.startedAt())));
        MeteredTimeline timeline = ReadingsTimeline.of(session, sessions.readings(id, null), clock.instant());
        Tariff tariff = recorded.version().tariff();
        PriceBreakdown breakdown = TariffCalculator.calculate(tariff, timeline, siteZones.zoneOf(session.charger()), schedulesOf(tariff));
        return new SessionCost(id, session.state() == SessionState.ENDED, recorded.version(), recorded.reason(),
                timeline, breakdown);
    }

    private PriceSchedules schedulesOf(Tariff tariff) {
        return schedules.schedulesOf(tariff);
    }
}
