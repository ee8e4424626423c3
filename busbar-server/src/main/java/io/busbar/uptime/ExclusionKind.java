package io.busbar.uptime;

/** Why time is excluded from uptime. */
public enum ExclusionKind {
    /** Planned maintenance by the operator, for a site or one charger. */
    MAINTENANCE,
    /** The site's grid supply was out (not the charger's fault). */
    GRID_OUTAGE
}
