package io.busbar.smartcharging;

import io.busbar.chargers.SiteId;

import java.util.Optional;

/** The stored topology document of each managed site. */
public interface SiteTopologies {
    /** The document as it was stored, with its revision. */
    Optional<StoredTopology> find(SiteId site);

    /**
     * Validates and stores the whole document, replacing the previous one; limits are recomputed and the fail-safe
     * of every charger of the site is sent again.
     *
     * @throws InvalidTopologyException what is wrong, per field (also: an unregistered charger, an EVSE another site
     *                                   manages, an unknown site)
     */
    StoredTopology replace(SiteId site, TopologyDocument document);

    record StoredTopology(SiteId site, TopologyDocument document, int revision, java.time.Instant updatedAt) {
    }
}
