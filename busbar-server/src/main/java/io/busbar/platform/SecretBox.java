package io.busbar.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts secrets Busbar must be able to use again (e.g. a webhook's signing secret: it cannot be hashed), so the
 * database never holds them in clear: AES-256-GCM, a fresh 96-bit nonce per value, the purpose (e.g.
 * "alert-rule-webhook") as associated data so a value copied into another column does not decrypt. Stored form:
 * {@code v1:} + base64(nonce | ciphertext | tag).
 *
 * <p>The key comes from {@code busbar.secrets.key} (base64 of 32 bytes; BUSBAR_SECRETS_KEY) or else from the key
 * file {@code busbar.secrets.key-file} (default {@code ./data/busbar-secrets.key}), created on first start with
 * owner-only permissions. The key never goes into the database: a dump alone reveals no secret. Lose the key and the
 * secrets must be entered again.
 */
@Component
public class SecretBox {
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(@Value("${busbar.secrets.key:}") String configuredKey,
                     @Value("${busbar.secrets.key-file:data/busbar-secrets.key}") Path keyFile) {
        byte[] bytes = configuredKey == null || configuredKey.isBlank() ? fromFile(keyFile)
                : Base64.getDecoder().decode(configuredKey.strip());
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("busbar.secrets.key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The stored form of {@code secret} for {@code purpose}; null stays null. */
    public String seal(String secret, String purpose) {
        if (secret == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret sealed in {@code stored} for {@code purpose}; null stays null.
     *
     * @throws IllegalStateException when it was sealed with another key or purpose, or was altered
     */
    public String open(String stored, String purpose) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the secret was sealed with another key or for another purpose, or altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secrets key " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // another node or process made it first: use theirs
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
        log.warn("Generated the secrets key {}: back it up with the database (without it, stored webhook secrets "
                + "must be entered again), or set BUSBAR_SECRETS_KEY", file.toAbsolutePath());
    }
}
