package io.busbar.tariffs;

/** OCPI 2.2.1 ReservationRestrictionType: the element prices a reservation, never a charging session. */
public enum ReservationRestriction {
    RESERVATION, RESERVATION_EXPIRES
}
