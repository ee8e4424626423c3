package io.busbar.commands;

/**
 * The answer most commands get: the charger's status literal as sent ({@code Accepted}, {@code Rejected},
 * {@code Scheduled}, {@code Unlocked}, {@code RebootRequired}...), and for 2.0.1 the optional statusInfo
 * (reasonCode, additionalInfo). Literals are kept as the charger sent them: the protocols differ and operators
 * recognise them.
 */
public record CommandStatus(String status, String reasonCode, String additionalInfo) {
    public static final String ACCEPTED = "Accepted";

    public static CommandStatus of(String status) {
        return new CommandStatus(status, null, null);
    }

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
