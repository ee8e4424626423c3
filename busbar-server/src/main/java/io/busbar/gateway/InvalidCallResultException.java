package io.busbar.gateway;

/** The charger answered a call with a CALLRESULT whose payload does not fit the action's response type. */
public class InvalidCallResultException extends RuntimeException {
    public InvalidCallResultException(String identity, String action, Throwable cause) {
        super("Charger " + identity + " answered " + action + " with an invalid CALLRESULT: " + cause.getMessage(),
                cause);
    }
}
