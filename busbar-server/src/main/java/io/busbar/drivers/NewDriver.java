package io.busbar.drivers;

import io.busbar.platform.Password;

import java.util.Objects;

/** What signing up needs. */
public record NewDriver(String email, String name, Password password) {
    public NewDriver {
        Objects.requireNonNull(password, "password");
        if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("email is not an e-mail address");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
        email = email.strip();
        name = name.strip();
    }
}
