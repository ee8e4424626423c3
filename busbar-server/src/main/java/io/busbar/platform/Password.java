package io.busbar.platform;

import java.util.Objects;

/**
 * A password in clear, as typed by a person (a driver, an operator): only ever hashed. {@code toString} never shows it and no exception
 * message quotes it. Length rules after NIST SP 800-63B §5.1.1.2: at least 8 characters, at most 128 (no composition
 * rules).
 */
public final class Password {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when too short or too long (the message does not quote the password) */
    public static Password of(String value) {
        Objects.requireNonNull(value, "password");
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return new Password(value);
    }

    /** A password as presented at login: any length is checked against the hash, never rejected for its form. */
    public static Password presented(String value) {
        return new Password(value == null ? "" : value);
    }

    /** The clear text, for the hasher only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Password password && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                password.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // no hash of a secret leaks into hash tables or logs
    }

    @Override
    public String toString() {
        return "Password[********]";
    }
}
