package io.busbar.tenants;

public class UserNotFoundException extends RuntimeException {
    public UserNotFoundException() {
        super("No such user");
    }
}
