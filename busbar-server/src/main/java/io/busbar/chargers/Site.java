package io.busbar.chargers;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A place with chargers: one grid connection, one address, one local time zone.
 *
 * @param location where drivers find it; null when not given
 */
public record Site(SiteId id, TenantId tenant, String name, String address, ZoneId timeZone, GeoPoint location,
                   Instant createdAt) {
}
