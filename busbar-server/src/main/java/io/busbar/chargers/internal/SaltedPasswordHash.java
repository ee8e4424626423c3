package io.busbar.chargers.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A charger's HTTP Basic password (OCPP security profiles 1 and 2) as SHA-256 over a random 16-byte salt and the
 * password's UTF-8 bytes.
 * <p>
 * Why not bcrypt or Argon2: those are deliberately slow (tens of milliseconds) to make guessing <em>human</em>
 * passwords from a stolen table expensive. Charger passwords are machine secrets of 16 to 40 random characters
 * (OCPP 2.0.1 A00.FR.205, SecurityCtrlr.BasicAuthPassword), far beyond brute force whatever the hash speed, and
 * they are checked on every reconnect: a boot storm of 100 connections per second on 2 cores would spend the
 * CPU on hashing alone with a slow hash. A salted SHA-256 still keeps the stored value useless to a reader of
 * the database and distinct for chargers that share a password.
 * <p>
 * Never log the password, the salt or the hash; {@link #toString()} shows none of them.
 */
record SaltedPasswordHash(byte[] salt, byte[] hash) {
    static final int SALT_BYTES = 16;

    SaltedPasswordHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
    }

    static SaltedPasswordHash of(String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new SaltedPasswordHash(salt, digest(salt, password));
    }

    /** Constant-time comparison, so the time taken tells an attacker nothing about how close a guess was. */
    boolean matches(String password) {
        return password != null && MessageDigest.isEqual(hash, digest(salt, password));
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SaltedPasswordHash that
                && MessageDigest.isEqual(salt, that.salt) && MessageDigest.isEqual(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "SaltedPasswordHash[***]";
    }
}
