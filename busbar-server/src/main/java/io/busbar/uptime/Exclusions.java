package io.busbar.uptime;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Maintenance windows and grid outages. Callers validate the scope (the site or charger exists). */
public interface Exclusions {
    /**
     * @throws IllegalArgumentException when {@code to} is not after {@code from}, or the scope is not exactly one of
     *                                  site and charger (a grid outage needs a site)
     */
    Exclusion add(ExclusionKind kind, SiteId site, ChargerIdentity charger, Instant from, Instant to, String reason);

    /** The tenant's, of one kind (at its sites and chargers), overlapping [from, to) when given, in start order. */
    List<Exclusion> list(TenantId tenant, ExclusionKind kind, Instant from, Instant to);

    Optional<Exclusion> find(ExclusionId id);

    /** True when it existed. */
    boolean delete(ExclusionId id);
}
