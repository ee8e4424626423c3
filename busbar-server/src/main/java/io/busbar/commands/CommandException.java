package io.busbar.commands;

/** A command that got no usable answer. {@link #failure()} says why, for the audit log and the API. */
public abstract sealed class CommandException extends RuntimeException
        permits ChargerOfflineException, CommandTimeoutException, CommandErrorException, CommandNotSupportedException {
    protected CommandException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract CommandFailure failure();
}
