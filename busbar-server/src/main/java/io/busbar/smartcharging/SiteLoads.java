package io.busbar.smartcharging;

import io.busbar.chargers.SiteId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The non-EV load of a site (building, other consumers) from an external meter or API: what the grid has left for
 * EVs is the limit minus this. A report older than the topology's {@code nonEvLoad.maxAgeSeconds} is replaced by the
 * configured worst case, so a meter that stops reporting cannot leave the site unprotected.
 */
public interface SiteLoads {
    /**
     * Stores the load (A per grid line, measured at {@code at}) and recomputes the site's limits. A report older than
     * the one stored is ignored.
     *
     * @throws IllegalArgumentException a negative current, or a time more than a minute in the future
     */
    void report(SiteId site, BigDecimal l1, BigDecimal l2, BigDecimal l3, Instant at);
}
