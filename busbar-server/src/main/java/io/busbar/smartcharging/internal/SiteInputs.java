package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.smartcharging.ChargingNeedsReports;
import io.busbar.smartcharging.EvChargingNeeds;
import io.busbar.smartcharging.SiteLoads;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What the outside tells load management directly: the non-EV load of a site and an EV's charging needs. */
@Service
class SiteInputs implements SiteLoads, ChargingNeedsReports {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);

    private final NonEvLoadBook loads;
    private final LiveState state;
    private final AllocationRounds rounds;
    private final Clock clock;

    SiteInputs(NonEvLoadBook loads, LiveState state, AllocationRounds rounds, Clock clock) {
        this.loads = loads;
        this.state = state;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void report(SiteId site, BigDecimal l1, BigDecimal l2, BigDecimal l3, Instant at) {
        Objects.requireNonNull(site, "site");
        for (BigDecimal amps : new BigDecimal[] {l1, l2, l3}) {
            if (amps == null || amps.signum() < 0) {
                throw new IllegalArgumentException("l1, l2 and l3 are required and 0 or more");
            }
        }
        Instant now = clock.instant();
        Instant measuredAt = at == null ? now : at;
        if (measuredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new IllegalArgumentException("at lies in the future");
        }
        if (loads.store(site, l1, l2, l3, measuredAt, now)) {
            rounds.request(site);
        }
    }

    @Override
    public boolean report(ChargerIdentity charger, int evseId, EvChargingNeeds needs) {
        EvseRef evse = new EvseRef(charger, evseId);
        var site = state.sites.siteOf(evse);
        if (site.isEmpty()) {
            return false;
        }
        state.needs(evse, needs);
        rounds.request(site.get().site());
        return true;
    }
}
