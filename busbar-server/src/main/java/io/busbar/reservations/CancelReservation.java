package io.busbar.reservations;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

/** Cancels a reservation the charger holds (OCPP 1.6 §5.1, 2.0.1 H02). Answer: Accepted, or Rejected for an unknown id. */
public record CancelReservation(int reservationId) implements ChargerCommand<CommandStatus> {
}
