package io.busbar.tariffs;

/** How a priced period counts: charging time (TIME), idle time (PARKING_TIME), or neither (EVSE suspended). */
public enum PeriodActivity {
    CHARGING, IDLE, SUSPENDED_BY_EVSE
}
