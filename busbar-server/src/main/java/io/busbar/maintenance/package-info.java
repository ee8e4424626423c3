/**
 * Maintenance tickets: a job for a human at a charger or EVSE, with a state, an assignee, a priority, where it came
 * from (a fault, a self-healing run that gave up, a failure prediction, an operator) and an append-only history.
 * Opens one ticket per {@link io.busbar.selfhealing.HumanNeeded} run and one open ticket per EVSE for
 * {@link io.busbar.predictive.FailurePredicted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maintenance tickets")
package io.busbar.maintenance;
