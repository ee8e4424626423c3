package io.busbar.availability;

import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A tenant's public availability, live: every site with at least one public EVSE (accepted chargers with a site),
 * answered from memory. A status change, a charger going offline or online and a fault opening or closing reach it
 * within about a second of their commit; prices, plug types from the device model and site details are refreshed
 * every {@code busbar.availability.refresh-interval}. Only the tenant's own sites and chargers ever appear.
 */
public interface AvailabilityFeed {
    /**
     * The tenant's locations, by name; with {@code near}, only those with coordinates within {@code radiusMetres}
     * of it, nearest first, each with its distance.
     *
     * @throws IllegalArgumentException for a radius below 1 m or above {@link #MAX_RADIUS_METRES}
     */
    List<PublicLocation> locations(TenantId tenant, Optional<GeoPoint> near, long radiusMetres);

    Optional<PublicLocation> location(TenantId tenant, SiteId site);

    /** Changes whenever anything the tenant's feed shows changes (and across restarts): an ETag for the feed. */
    long revision(TenantId tenant);

    /**
     * Subscribes to the tenant's changes. With {@code lastEventId}, first gets what it missed since that event, or a
     * {@link FeedEvent.Snapshot} when those changes are no longer kept (or the id is from before a restart).
     *
     * @throws TooManySubscribersException when the tenant's limit of subscribers is reached
     */
    FeedSubscription subscribe(TenantId tenant, OptionalLong lastEventId);

    /** The largest {@code near} radius: 500 km. */
    long MAX_RADIUS_METRES = 500_000;
}
