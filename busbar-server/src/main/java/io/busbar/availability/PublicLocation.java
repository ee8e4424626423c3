package io.busbar.availability;

import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.SiteId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A site with its public EVSEs (an OCPI Location).
 *
 * @param coordinates    null when the operator gave none
 * @param lastUpdated    the newest {@link PublicEvse#at()}
 * @param distanceMetres from the point asked for ({@code near}); null when none was
 */
public record PublicLocation(SiteId id, String name, String address, GeoPoint coordinates, ZoneId timeZone,
                             List<PublicEvse> evses, Instant lastUpdated, Long distanceMetres) {
    public PublicLocation {
        evses = List.copyOf(evses);
    }

    public PublicLocation withDistance(long metres) {
        return new PublicLocation(id, name, address, coordinates, timeZone, evses, lastUpdated, metres);
    }
}
