package io.busbar.api.uptime;

import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Sites;
import io.busbar.uptime.ExclusionKind;
import io.busbar.uptime.Exclusions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who owns the maintenance windows and grid outages named in a URL. */
@Configuration(proxyBeanMethods = false)
class UptimeOwnershipConfiguration {
    @Bean
    OwnedResources maintenanceWindowOwnership(Exclusions exclusions, Sites sites, ChargerRegistry chargers) {
        return new ExclusionOwnership("maintenance-windows", ExclusionKind.MAINTENANCE, exclusions, sites, chargers);
    }

    @Bean
    OwnedResources gridOutageOwnership(Exclusions exclusions, Sites sites, ChargerRegistry chargers) {
        return new ExclusionOwnership("grid-outages", ExclusionKind.GRID_OUTAGE, exclusions, sites, chargers);
    }
}
