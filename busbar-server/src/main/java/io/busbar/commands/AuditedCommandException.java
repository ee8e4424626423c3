package io.busbar.commands;

/** An audited command that got no usable answer: the {@link CommandLog} entry and the port's failure. */
public class AuditedCommandException extends RuntimeException {
    private final CommandId commandId;

    public AuditedCommandException(CommandId commandId, CommandException cause) {
        super(cause.getMessage(), cause);
        this.commandId = commandId;
    }

    public CommandId commandId() {
        return commandId;
    }

    public CommandFailure failure() {
        return ((CommandException) getCause()).failure();
    }

    /** The CALLERROR code when {@link #failure()} is CALL_ERROR, else null. */
    public String errorCode() {
        return getCause() instanceof CommandErrorException e ? e.errorCode() : null;
    }
}
