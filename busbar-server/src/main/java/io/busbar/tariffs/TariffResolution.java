package io.busbar.tariffs;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Which tariff version prices an EVSE at an instant, and why.
 *
 * @param assignment the assignment that won (null when the tariff was recorded without one)
 * @param reason     a sentence for operators, e.g. "EVSE CP-1#1 has no tariff of its own; site 5b1c… assigns office"
 * @param zone       the site's time zone (UTC for a charger without a site)
 */
public record TariffResolution(TariffVersion version, TariffAssignment assignment, String reason, Instant at,
                               ZoneId zone) {
}
