package io.busbar.selfhealing;

/** Where a playbook run is. RECOVERED and ESCALATED are final. */
public enum RunState {
    /** Steps are being carried out. */
    RUNNING,
    /** Recovery was observed: the run stopped and nobody is called. */
    RECOVERED,
    /** Steps ran out or a CALL_HUMAN step was reached: {@link HumanNeeded} was published (once). */
    ESCALATED
}
