package io.busbar.drivers;

/** Another driver of the tenant signed up with this e-mail address (compared regardless of case). */
public class DriverEmailTakenException extends RuntimeException {
    public DriverEmailTakenException() {
        super("A driver with this e-mail address already exists");
    }
}
