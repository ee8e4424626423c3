package io.busbar.tenants;

public class UserEmailTakenException extends RuntimeException {
    public UserEmailTakenException() {
        super("A user with this e-mail exists in the tenant");
    }
}
