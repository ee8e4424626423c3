package io.busbar.predictive;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;

import java.util.List;
import java.util.Optional;

/** Read side of predictive maintenance: the EVSEs at risk, riskiest first. */
public interface MaintenanceRisks {
    /**
     * Ordered by risk (highest first), then charger and EVSE; {@code after} is an exclusive cursor (the last row of
     * the previous page), null for the first page.
     */
    List<EvseRisk> list(RiskFilter filter, EvseRisk after, int limit);

    Optional<EvseRisk> find(ChargerIdentity charger, int evseId);

    /** @param siteId null for every site; @param minRisk 0 for all assessed EVSEs */
    record RiskFilter(SiteId siteId, double minRisk) {
    }
}
