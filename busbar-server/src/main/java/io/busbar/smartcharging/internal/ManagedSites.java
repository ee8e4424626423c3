package io.busbar.smartcharging.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The compiled topology of every managed site, and which site each managed charger belongs to. */
final class ManagedSites {
    private final Map<SiteId, CompiledSite> sites = new ConcurrentHashMap<>();
    private final Map<ChargerIdentity, SiteId> siteOfCharger = new ConcurrentHashMap<>();

    synchronized void put(CompiledSite site) {
        CompiledSite old = sites.put(site.site(), site);
        if (old != null) {
            old.chargers().forEach(charger -> siteOfCharger.remove(charger, site.site()));
        }
        site.chargers().forEach(charger -> siteOfCharger.put(charger, site.site()));
    }

    Optional<CompiledSite> get(SiteId site) {
        return Optional.ofNullable(sites.get(site));
    }

    Optional<CompiledSite> siteOf(ChargerIdentity charger) {
        SiteId site = siteOfCharger.get(charger);
        return site == null ? Optional.empty() : get(site);
    }

    Optional<CompiledSite> siteOf(EvseRef evse) {
        return siteOf(evse.charger()).filter(site -> site.evses().containsKey(evse));
    }

    Collection<CompiledSite> all() {
        return sites.values();
    }
}
