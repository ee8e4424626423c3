package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** The stored results of drift checks. */
public interface DriftReports {
    Optional<DriftReport> latest(ChargerIdentity charger);

    /**
     * The latest report of each of the tenant's chargers that has one, filtered by {@link DriftReport#inSync()} when {@code inSync}
     * is not null; ordered by charger identity, {@code after} an exclusive cursor (an identity).
     */
    List<DriftReport> latestPerCharger(TenantId tenant, Boolean inSync, String after, int limit);
}
