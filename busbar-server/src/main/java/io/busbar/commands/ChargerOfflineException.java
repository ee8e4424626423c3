package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

public final class ChargerOfflineException extends CommandException {
    public ChargerOfflineException(ChargerIdentity charger, Throwable cause) {
        super("Charger " + charger.value() + " is offline", cause);
    }

    @Override
    public CommandFailure failure() {
        return CommandFailure.OFFLINE;
    }
}
