package io.busbar.gateway;

/** The charger answered a call with CALLERROR. */
public class CallErrorException extends RuntimeException {
    private final String errorCode;

    public CallErrorException(String identity, String action, String errorCode, String description) {
        super("Charger " + identity + " answered " + action + " with " + errorCode + ": " + description);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
