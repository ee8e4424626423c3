package io.busbar.tenants;

public class InvalidLoginException extends RuntimeException {
    public InvalidLoginException() {
        super("Unknown e-mail or wrong password");
    }
}
