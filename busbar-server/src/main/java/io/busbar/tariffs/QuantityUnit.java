package io.busbar.tariffs;

/** The unit of a price line's quantity: the unit OCPI step sizes are counted in. */
public enum QuantityUnit {
    /** ENERGY lines; the unit price is per kWh. */
    WATT_HOUR,
    /** TIME and PARKING_TIME lines; the unit price is per hour. */
    SECOND,
    /** FLAT lines; quantity 1. */
    SESSION
}
