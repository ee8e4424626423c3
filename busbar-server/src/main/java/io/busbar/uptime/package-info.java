/**
 * Uptime and SLA per EVSE, site and network over any period, by the definition in {@link io.busbar.uptime.UptimeDefinition}:
 * keeps its own state intervals from connector status, charger presence and fault events; maintenance windows and
 * grid outages are excluded time; the charge-success rate is measured separately.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uptime and SLA")
package io.busbar.uptime;
