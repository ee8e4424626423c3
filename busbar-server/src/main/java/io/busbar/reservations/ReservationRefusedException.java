package io.busbar.reservations;

import io.busbar.commands.CommandId;
import io.busbar.commands.CommandStatus;

/**
 * The charger answered, but not Accepted: ReserveNow with Faulted, Occupied, Rejected or Unavailable (the
 * reservation is stored as REJECTED), or CancelReservation with Rejected (the reservation is unchanged).
 */
public class ReservationRefusedException extends RuntimeException {
    private final Reservation reservation;
    private final String command;
    private final CommandStatus answer;
    private final CommandId commandId;

    public ReservationRefusedException(Reservation reservation, String command, CommandStatus answer,
                                       CommandId commandId) {
        super("Charger " + reservation.charger() + " answered " + command + " for reservation " + reservation.id()
                + " with " + answer.status());
        this.reservation = reservation;
        this.command = command;
        this.answer = answer;
        this.commandId = commandId;
    }

    public Reservation reservation() {
        return reservation;
    }

    /** ReserveNow or CancelReservation. */
    public String command() {
        return command;
    }

    public CommandStatus answer() {
        return answer;
    }

    public CommandId commandId() {
        return commandId;
    }
}
