package io.busbar.reservations;

/** The id Busbar gives a reservation; it is also the reservationId the charger sees (OCPP: a 32-bit integer). */
public record ReservationId(int value) {
    public ReservationId {
        if (value < 1) {
            throw new IllegalArgumentException("A reservation id is positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
