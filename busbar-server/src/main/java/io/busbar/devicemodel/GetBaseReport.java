package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

/**
 * OCPP 2.0.1 GetBaseReport (B07). {@code reportBase}: ConfigurationInventory, FullInventory or SummaryInventory.
 * The answer only says whether the report will come (Accepted, Rejected, NotSupported, EmptyResultSet); the data
 * arrives in NotifyReport messages carrying {@code requestId}.
 */
public record GetBaseReport(int requestId, String reportBase) implements ChargerCommand<CommandStatus> {
}
