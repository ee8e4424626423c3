package io.busbar.reservations;

public class ReservationNotFoundException extends RuntimeException {
    public ReservationNotFoundException(ReservationId id) {
        super("No reservation " + id);
    }
}
