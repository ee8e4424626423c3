/**
 * Replays a session history through the {@link io.busbar.smartcharging.allocation.SiteLoadAllocator} on a site
 * description, slot by slot, the way ACN-Sim does (an EV draws min(limit, its maximum) until its energy is
 * delivered and leaves at its departure), and reports energy delivered, peaks, limit violations (audited
 * independently of the allocator), TOU and demand cost and allocator compute time. Formats:
 * docs/load-management-replay.md. Entry points: {@link io.busbar.smartcharging.replay.ReplayCommand} (any history
 * and site) and {@link io.busbar.smartcharging.replay.AcnBenchmark} (the Caltech ACN benchmark table).
 */
package io.busbar.smartcharging.replay;
