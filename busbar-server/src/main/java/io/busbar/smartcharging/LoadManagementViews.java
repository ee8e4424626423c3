package io.busbar.smartcharging;

import io.busbar.chargers.SiteId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What operators see of a managed site: the current allocation, the load over time and the demand peaks. */
public interface LoadManagementViews {
    /** Empty when the site has no topology. */
    Optional<SiteAllocation> allocation(SiteId site);

    /** One sample per minute in [from, to), oldest first, at most {@code limit}. */
    List<LoadSample> load(SiteId site, Instant from, Instant to, int limit);

    /** Empty when the site has no topology. */
    Optional<Demand> demand(SiteId site);

    /**
     * @param failSafeA the per-EVSE current every charger of the site falls back to without Busbar
     * @param nonEvLoad the non-EV load used (reported, or the worst case when stale), with its source
     */
    record SiteAllocation(UUID site, int topologyRevision, Instant computedAt, BigDecimal failSafeA,
                          PhaseLoad nonEvLoad, String nonEvLoadSource, List<EvseAllocation> evses) {
    }

    /**
     * One EVSE of the site. {@code limitA}/{@code phases}/{@code reason}/{@code constraint}: the allocator's last
     * answer (null without an EV); {@code state}: CONFIRMED (the charger accepted it), PENDING (sent, no answer yet),
     * RETRYING (refused or unanswered; Busbar assumes {@code confirmedA} and retries), WAITING (to be sent once
     * lowerings elsewhere are confirmed), IDLE (no EV).
     */
    record EvseAllocation(String charger, int evseId, String sessionId, BigDecimal limitA, Integer phases,
                          String reason, String constraint, String state, BigDecimal confirmedA,
                          BigDecimal measuredA, Integer stateOfCharge, Instant lastSentAt, String lastResult) {
    }

    record PhaseLoad(BigDecimal l1, BigDecimal l2, BigDecimal l3) {
    }

    /** The highest draw per grid line in the minute (EVs + non-EV load), the grid limits, and the highest EV allocation. */
    record LoadSample(Instant minute, PhaseLoad drawnA, PhaseLoad limitA, PhaseLoad allocatedA, BigDecimal energyKwh) {
    }

    /**
     * Average site power over the last window ({@code rollingAverageKw}), and the highest window average (windows
     * aligned to the hour, e.g. :00-:15) today and this month in the site's time zone.
     */
    record Demand(UUID site, Instant at, int windowMinutes, BigDecimal rollingAverageKw, BigDecimal todayPeakKw,
                  Instant todayPeakWindow, BigDecimal monthPeakKw, Instant monthPeakWindow, BigDecimal capKw) {
    }
}
