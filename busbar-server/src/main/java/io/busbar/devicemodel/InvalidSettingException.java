package io.busbar.devicemodel;

/** A setting name or value Busbar refuses before sending anything; the message says why. */
public class InvalidSettingException extends IllegalArgumentException {
    private final String field;

    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Which input was wrong: {@code name} or {@code value} (or a template's {@code settings.<name>}). */
    public String field() {
        return field;
    }
}
