/**
 * Alerts: rules (minimum severity, site, charger vendor/model, fault types, minimum duration, channels per
 * escalation level) turn {@link io.busbar.faults.FaultOpened}, {@link io.busbar.selfhealing.HumanNeeded} and
 * {@link io.busbar.predictive.FailurePredicted} into alerts (RAISED → ACKNOWLEDGED → RESOLVED) delivered by signed
 * webhook and by e-mail through an outbox, retried, with every attempt recorded; unacknowledged alerts escalate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package io.busbar.alerts;
