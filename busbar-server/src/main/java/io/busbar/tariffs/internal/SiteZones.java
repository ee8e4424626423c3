package io.busbar.tariffs.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** The site of a charger and the time zone its tariff calendar runs in (UTC without a site). */
@Component
class SiteZones {
    private final ChargerRegistry chargers;
    private final Sites sites;

    SiteZones(ChargerRegistry chargers, Sites sites) {
        this.chargers = chargers;
        this.sites = sites;
    }

    /** @throws io.busbar.chargers.ChargerNotFoundException */
    Optional<Site> siteOf(ChargerIdentity identity) {
        Charger charger = chargers.require(identity);
        return charger.siteId() == null ? Optional.empty() : sites.find(charger.siteId());
    }

    /** The tenant owning the charger; whose tariffs alone apply there. @throws io.busbar.chargers.ChargerNotFoundException */
    TenantId tenantOf(ChargerIdentity identity) {
        return chargers.require(identity).tenant();
    }

    /** The tenant of an existing charger or site, for checking an assignment's target. */
    Optional<TenantId> chargerOwner(ChargerIdentity identity) {
        return chargers.tenantOf(identity);
    }

    Optional<TenantId> siteOwner(SiteId site) {
        return sites.find(site).map(Site::tenant);
    }

    ZoneId zoneOf(ChargerIdentity identity) {
        return siteOf(identity).map(Site::timeZone).orElse(ZoneOffset.UTC);
    }
}
