package io.busbar.uptime;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;

import java.time.Instant;

/** A period [from, to) excluded from uptime for a site or one charger (exactly one of the two is set). */
public record Exclusion(ExclusionId id, ExclusionKind kind, SiteId site, ChargerIdentity charger, Instant from,
                        Instant to, String reason, Instant createdAt) {
}
