/**
 * The load-management model and allocator, as pure Java: a {@link io.busbar.smartcharging.allocation.SiteTopology}
 * (grid connection with per-phase and power limits, optional delta-wye transformer, nested breakers, EVSE wiring),
 * a {@link io.busbar.smartcharging.allocation.SiteState} at one instant, and
 * {@link io.busbar.smartcharging.allocation.SiteLoadAllocator#allocate} which returns a limit per active EVSE that
 * never exceeds any limit, with a machine-readable reason each. Everything is a value; nothing here reads a clock.
 */
package io.busbar.smartcharging.allocation;
