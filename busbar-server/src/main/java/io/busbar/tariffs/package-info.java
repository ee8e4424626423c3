/**
 * Tariffs (OCPI 2.2.1 compatible: energy, charging time, idle/parking time and flat fees with step sizes, VAT,
 * restrictions and min/max price; idle grace periods and schedule-indexed energy prices) and the exact price of a
 * session as pure functions: {@link io.busbar.tariffs.TariffCalculator} over a {@link io.busbar.tariffs.MeteredTimeline},
 * and {@link io.busbar.tariffs.TariffQuoter} for a price before the session (no state).
 * Stored and wired: {@link io.busbar.tariffs.TariffCatalog} (versions), {@link io.busbar.tariffs.TariffAssignments}
 * (EVSE > token group > site > partner), {@link io.busbar.tariffs.PriceScheduleBook} and
 * {@link io.busbar.tariffs.TariffPricing} (quotes, running cost of a session).
 * The rules are documented in {@code docs/pricing.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tariffs")
package io.busbar.tariffs;
