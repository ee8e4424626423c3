package io.busbar.commands;

/**
 * A command that cannot be sent as given: unknown name, arguments that do not fit, or a value the charger's protocol
 * cannot express (e.g. a 2.0.1-only option for a 1.6 charger, a string longer than the schema allows). Nothing was
 * sent.
 */
public class InvalidCommandException extends IllegalArgumentException {
    public InvalidCommandException(String message) {
        super(message);
    }

    public InvalidCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
