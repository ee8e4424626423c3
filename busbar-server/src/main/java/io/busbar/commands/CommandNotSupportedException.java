package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

/** The charger's protocol version has no such operation (e.g. display messages on OCPP 1.6); nothing was sent. */
public final class CommandNotSupportedException extends CommandException {
    public CommandNotSupportedException(ChargerIdentity charger, String command, String protocol) {
        super(command + " does not exist in " + protocol + " (charger " + charger.value() + ")", null);
    }

    @Override
    public CommandFailure failure() {
        return CommandFailure.NOT_SUPPORTED;
    }
}
