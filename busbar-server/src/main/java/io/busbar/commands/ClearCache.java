package io.busbar.commands;

/** Clears the charger's authorization cache (OCPP 1.6 §5.4, 2.0.1 C11). */
public record ClearCache() implements ChargerCommand<CommandStatus> {
}
