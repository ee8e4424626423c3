package io.busbar.reservations;

/** The reservation is not in a state that allows the operation (e.g. cancelling one that already ended). */
public class ReservationStateException extends RuntimeException {
    private final Reservation reservation;

    public ReservationStateException(Reservation reservation, String message) {
        super(message);
        this.reservation = reservation;
    }

    public Reservation reservation() {
        return reservation;
    }
}
