package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

public final class CommandTimeoutException extends CommandException {
    public CommandTimeoutException(ChargerIdentity charger, String command, Throwable cause) {
        super("Charger " + charger.value() + " did not answer " + command + " in time", cause);
    }

    @Override
    public CommandFailure failure() {
        return CommandFailure.TIMEOUT;
    }
}
