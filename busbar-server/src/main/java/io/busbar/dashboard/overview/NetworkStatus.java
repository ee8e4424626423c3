package io.busbar.dashboard.overview;

import java.util.List;

/** The tenant's network at one moment: the totals and every site (plus "No site" when chargers have none). */
public record NetworkStatus(EvseCounts total, List<SiteStatus> sites) {
    public NetworkStatus {
        sites = List.copyOf(sites);
    }
}
