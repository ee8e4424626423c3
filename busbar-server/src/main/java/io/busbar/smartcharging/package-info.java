/**
 * Smart charging: dynamic load management. The pure core lives in {@code io.busbar.smartcharging.allocation}
 * (electrical topology of a site, the {@link io.busbar.smartcharging.allocation.SiteLoadAllocator} and the
 * cost-aware site policies; no Spring, no database, no clock of its own, deterministic) and
 * {@code io.busbar.smartcharging.replay} (replays a session history through the allocator: what-if studies and the
 * ACN benchmark). Wiring to events, charging profiles on the wire and REST comes later and stays in this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Smart charging")
package io.busbar.smartcharging;
