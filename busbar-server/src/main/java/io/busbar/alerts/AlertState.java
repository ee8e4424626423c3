package io.busbar.alerts;

/** RAISED (being delivered and escalated) → ACKNOWLEDGED (someone is on it) → RESOLVED (the fault closed). */
public enum AlertState {
    RAISED, ACKNOWLEDGED, RESOLVED
}
