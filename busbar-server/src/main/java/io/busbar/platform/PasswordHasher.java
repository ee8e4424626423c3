package io.busbar.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Argon2id (RFC 9106) password hashes in PHC string form, with a random 16-byte salt per hash. */
@Component
@EnableConfigurationProperties(PasswordProperties.class)
public class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;
    /** Checked against when the e-mail is unknown, so an unknown address costs as much time as a wrong password. */
    private final String decoy;

    PasswordHasher(PasswordProperties properties) {
        PasswordProperties.Argon2 cost = properties.argon2();
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, cost.parallelism(), cost.memoryKib(),
                cost.iterations());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoy = encoder.encode(HexFormat.of().formatHex(random));
    }

    public String hash(Password password) {
        return encoder.encode(password.reveal());
    }

    /** Constant work whether or not there is a hash: {@code hash} null checks against the decoy and fails. */
    public boolean matches(Password password, String hash) {
        boolean matches = encoder.matches(password.reveal(), hash == null ? decoy : hash);
        return hash != null && matches;
    }
}
