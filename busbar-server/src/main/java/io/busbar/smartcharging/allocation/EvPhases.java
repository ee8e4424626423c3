package io.busbar.smartcharging.allocation;

/**
 * How many phases the EV's on-board charger uses. {@code UNKNOWN} on a three-phase EVSE is treated as three phases
 * (the conservative choice: it may load every line); on a single-phase EVSE every EV is single-phase.
 */
public enum EvPhases {
    SINGLE, THREE, UNKNOWN
}
