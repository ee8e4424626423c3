package io.busbar.commands;

/** Removes one display message from the charger (OCPP 2.0.1 O05). Answers Accepted or Unknown. */
public record ClearDisplayMessage(int id) implements ChargerCommand<CommandStatus> {
}
