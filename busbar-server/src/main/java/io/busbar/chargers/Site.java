package io.busbar.chargers;

import java.time.Instant;
import java.time.ZoneId;

/** A place with chargers: one grid connection, one address, one local time zone. */
public record Site(SiteId id, String name, String address, ZoneId timeZone, Instant createdAt) {
}
