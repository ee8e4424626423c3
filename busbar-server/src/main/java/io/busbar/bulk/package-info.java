/**
 * Bulk jobs: one remote command (any {@link io.busbar.commands.CommandTypes command type}) or configuration
 * template check run across a set of chargers chosen by site, vendor/model, firmware version, tag or identity,
 * with a concurrency limit, per-charger results, progress, cancel and retry. Jobs and their items are stored, so
 * a job survives a restart of Busbar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk operations")
package io.busbar.bulk;
