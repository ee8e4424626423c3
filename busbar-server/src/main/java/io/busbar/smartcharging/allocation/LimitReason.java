package io.busbar.smartcharging.allocation;

/** Why an EVSE got the limit it got: the binding bound. Machine-readable (stable names for the API). */
public enum LimitReason {
    /** The EV's own maximum current. */
    EV_MAX,
    /** The EVSE's maximum current. */
    EVSE_MAX,
    /** More would not be drawn: the energy still required is delivered within the period at this limit. */
    ENERGY_REMAINING,
    /** The EV needs no more energy. */
    NO_ENERGY_NEEDED,
    /** The EV draws clearly less than its last limit; its unused share went to others. */
    EV_DRAWS_LESS,
    /** A line current limit of the grid connection or a breaker (see the constraint, e.g. {@code grid/L2}). */
    LIMITED_BY_PHASE,
    /** A transformer's primary line current (phasor sum). */
    LIMITED_BY_TRANSFORMER,
    /** The grid connection's total power limit. */
    LIMITED_BY_POWER,
    /** The demand-charge policy's power target. */
    LIMITED_BY_DEMAND_CAP,
    /** Time-of-use policy: charging waits for a cheaper period that still meets the departure. */
    DEFERRED_TO_CHEAPER_PERIOD,
    /** Not even the minimum current fits under the limits next to more urgent EVs: paused (0 A). */
    MIN_NOT_REACHABLE_PAUSED
}
