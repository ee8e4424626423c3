package io.busbar.predictive;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

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

    /**
     * @param tenant  only the EVSEs of this tenant's chargers; null: every tenant's (Busbar's own jobs only)
     * @param siteId  null for every site
     * @param minRisk 0 for all assessed EVSEs
     */
    record RiskFilter(TenantId tenant, SiteId siteId, double minRisk) {
        /** Every tenant's EVSEs matching the rest. */
        public RiskFilter(SiteId siteId, double minRisk) {
            this(null, siteId, minRisk);
        }
    }
}
