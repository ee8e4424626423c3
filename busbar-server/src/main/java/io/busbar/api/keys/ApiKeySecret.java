package io.busbar.api.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The clear value of an API key, as the client sends it. Generated keys are {@code bb_} followed by 32 random
 * bytes in base64url (256 bits). {@link #toString()} never shows the value.
 */
public record ApiKeySecret(String value) {
    public static final String GENERATED_PREFIX = "bb_";
    /** Characters kept in clear for lookup and display. */
    public static final int PREFIX_LENGTH = 8;
    private static final int RANDOM_BYTES = 32;

    public ApiKeySecret {
        Objects.requireNonNull(value, "value");
        if (value.length() < 16) {
            throw new IllegalArgumentException("An API key has at least 16 characters");
        }
    }

    public static ApiKeySecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(GENERATED_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    /**
     * SHA-256 of the whole key. A fast hash is sound here, unlike for passwords: a generated key carries 256
     * random bits, so a stolen hash cannot be reversed by guessing, and a slow hash would only cost CPU on
     * every request. (A configured admin key is the operator's choice; it must be at least 16 characters.)
     */
    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Constant-time comparison, so response timing reveals nothing about a stored hash. */
    public boolean matches(byte[] storedHash) {
        return MessageDigest.isEqual(hash(), storedHash);
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
