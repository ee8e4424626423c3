package io.busbar.chargers;

import io.busbar.tenants.TenantId;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

public interface Sites {
    /** @throws IllegalArgumentException for a blank name */
    Site create(TenantId tenant, String name, String address, ZoneId timeZone, GeoPoint location);

    /** A site of the default tenant (the platform operator's own), without a location. */
    default Site create(String name, String address, ZoneId timeZone) {
        return create(TenantId.DEFAULT, name, address, timeZone, null);
    }

    Optional<Site> find(SiteId id);

    /** Every tenant's sites, by name (Busbar's own jobs). */
    List<Site> list();

    /** The tenant's sites, by name. */
    List<Site> list(TenantId tenant);
}
