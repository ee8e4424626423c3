package io.busbar.reservations;

/**
 * Where a reservation is in its life. REQUESTED while ReserveNow waits for its answer; then ACCEPTED (the charger
 * holds it), REJECTED (the charger answered Faulted, Occupied, Rejected or Unavailable) or FAILED (no usable answer:
 * offline, timeout, CALLERROR). An accepted reservation ends USED (a session started with it), CANCELLED (by an
 * operator), EXPIRED (its expiry passed, or a 2.0.1 charger said Expired) or REMOVED (a 2.0.1 charger said Removed).
 */
public enum ReservationStatus {
    REQUESTED, ACCEPTED, REJECTED, FAILED, USED, CANCELLED, EXPIRED, REMOVED;

    /** True while the charger is expected to hold the reservation. */
    public boolean active() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
