package io.busbar.tariffs;

/** What a price component charges for (OCPI 2.2.1 TariffDimensionType) and the unit of its price and step size. */
public enum TariffDimension {
    /** Price per kWh; step size in Wh. */
    ENERGY,
    /** Once per session; no step size. */
    FLAT,
    /** Price per hour of idle time (plugged in, not charging); step size in seconds. */
    PARKING_TIME,
    /** Price per hour of charging time; step size in seconds. */
    TIME
}
