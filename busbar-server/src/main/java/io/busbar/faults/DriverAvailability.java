package io.busbar.faults;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * What a driver may expect at each EVSE (the seed of the public availability feed). An offline charger, an open
 * ERROR or CRITICAL fault (a ghost charger included) or a Faulted/Unavailable status is never AVAILABLE.
 */
public interface DriverAvailability {
    /** Every EVSE of the site's accepted chargers, by charger identity and EVSE id. */
    List<EvseAvailability> atSite(SiteId site);

    /** Every EVSE of every accepted charger (bounded by the fleet size). */
    List<EvseAvailability> all();

    /** Every EVSE of the tenant's accepted chargers. */
    List<EvseAvailability> ofTenant(TenantId tenant);

    List<EvseAvailability> ofCharger(ChargerIdentity charger);

    enum Availability {
        AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE, OUT_OF_ORDER
    }

    /**
     * @param since  when the EVSE entered this state (as well as known: the fault's start, the status time)
     * @param reason why it is not AVAILABLE, in words an operator understands; null when AVAILABLE
     */
    record EvseAvailability(ChargerIdentity charger, SiteId siteId, int evseId, Availability availability,
                            Instant since, String reason) {
    }
}
