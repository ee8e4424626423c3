package io.busbar.alerts;

/** The event an alert was raised for. */
public enum AlertSource {
    /** A fault still open after the rule's minimum duration. */
    FAULT,
    /** A self-healing playbook gave up: always alerts, at once. */
    HUMAN_NEEDED,
    /** An EVSE's failure risk crossed the warning threshold. */
    PREDICTION
}
