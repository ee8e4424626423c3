/**
 * The unified fault log: what goes wrong at a charger or EVSE, from every source (1.6 StatusNotification error and
 * vendor codes, 2.0.1 NotifyEvent / SecurityEventNotification / connector status, connection drops, boot loops,
 * rejected commands, failed sessions, ghost-charger signs), normalised into faults with a type, a severity, a start
 * and an end: a fault is an interval, not a line. Publishes {@link io.busbar.faults.FaultOpened} and
 * {@link io.busbar.faults.FaultClosed} for alerts, playbooks and uptime.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Faults")
package io.busbar.faults;
