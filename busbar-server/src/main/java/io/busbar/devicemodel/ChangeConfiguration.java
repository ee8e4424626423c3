package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

/**
 * OCPP 1.6 ChangeConfiguration (§5.3). The answer's status is Accepted, Rejected, RebootRequired (stored, takes
 * effect after a reboot) or NotSupported (no such key).
 */
public record ChangeConfiguration(String key, String value) implements ChargerCommand<CommandStatus> {
}
