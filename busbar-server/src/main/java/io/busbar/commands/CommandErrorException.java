package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

/** The charger answered with a CALLERROR ({@link #errorCode()}, e.g. NotSupported) or an unusable answer. */
public final class CommandErrorException extends CommandException {
    private final String errorCode;

    public CommandErrorException(ChargerIdentity charger, String command, String errorCode, String description,
                                 Throwable cause) {
        super("Charger " + charger.value() + " answered " + command + " with " + errorCode
                + (description == null || description.isBlank() ? "" : ": " + description), cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }

    @Override
    public CommandFailure failure() {
        return CommandFailure.CALL_ERROR;
    }
}
