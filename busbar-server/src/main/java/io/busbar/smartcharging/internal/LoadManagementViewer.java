package io.busbar.smartcharging.internal;

import io.busbar.chargers.SiteId;
import io.busbar.platform.units.Current;
import io.busbar.smartcharging.LoadManagementViews;
import io.busbar.smartcharging.allocation.EvseLimit;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The operators' views, from the live state and the load series. */
@Service
class LoadManagementViewer implements LoadManagementViews {
    private final LiveState state;
    private final LoadSeries series;
    private final DemandTracker demand;
    private final Clock clock;

    LoadManagementViewer(LiveState state, LoadSeries series, DemandTracker demand, Clock clock) {
        this.state = state;
        this.series = series;
        this.demand = demand;
        this.clock = clock;
    }

    @Override
    public Optional<SiteAllocation> allocation(SiteId siteId) {
        return state.sites.get(siteId).map(site -> {
            Instant now = clock.instant();
            var round = state.lastRound(siteId);
            List<EvseAllocation> evses = new ArrayList<>();
            for (EvseRef evse : site.evses().keySet()) {
                Optional<LiveEv> ev = state.ev(evse);
                EvseProfile profile = state.profile(evse);
                EvseLimit limit = ev.isEmpty() ? null : round.flatMap(r -> r.allocation().limitOf(evse.key())).orElse(null);
                evses.add(new EvseAllocation(evse.charger().value(), evse.evseId(),
                        ev.map(e -> e.session().toString()).orElse(null),
                        limit == null ? null : amps(limit.current()), limit == null ? null : limit.phases(),
                        limit == null ? null : limit.code(), limit == null ? null : limit.constraint().orElse(null),
                        ev.isEmpty() ? "IDLE" : profile.state().name(),
                        profile.confirmed() == null ? null : amps(profile.confirmed()),
                        ev.flatMap(e -> e.measuredNow(now)).map(LoadManagementViewer::amps).orElse(null),
                        ev.map(LiveEv::stateOfCharge).orElse(null), profile.lastSentAt(), profile.lastResult()));
            }
            PhaseCurrents nonEv = round.map(LiveState.LastRound::nonEvLoad).orElse(PhaseCurrents.NONE);
            return new SiteAllocation(siteId.value(), site.revision(), round.map(LiveState.LastRound::at).orElse(null),
                    round.map(r -> amps(r.failSafe())).orElse(null),
                    new PhaseLoad(amps(nonEv.l1()), amps(nonEv.l2()), amps(nonEv.l3())),
                    round.map(LiveState.LastRound::nonEvSource).orElse(null), evses);
        });
    }

    @Override
    public List<LoadSample> load(SiteId site, Instant from, Instant to, int limit) {
        return series.samples(site, from, to, limit);
    }

    @Override
    public Optional<Demand> demand(SiteId site) {
        return state.sites.get(site).map(compiled -> demand.view(compiled, clock.instant()));
    }

    private static BigDecimal amps(Current current) {
        return current.inAmps().setScale(1, RoundingMode.DOWN);
    }
}
