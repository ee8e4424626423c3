package io.busbar.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndPurposeAndNeverShowsInClear() {
        SecretBox box = new SecretBox(KEY, null);
        String sealed = box.seal("whsec-0123456789abcdef", "alert-rule-webhook");

        assertThat(sealed).startsWith("v1:").doesNotContain("whsec");
        assertThat(box.seal("whsec-0123456789abcdef", "alert-rule-webhook")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(box.open(sealed, "alert-rule-webhook")).isEqualTo("whsec-0123456789abcdef");
        assertThatThrownBy(() -> box.open(sealed, "another-column")).isInstanceOf(IllegalStateException.class);
        String otherKey = Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes());
        assertThatThrownBy(() -> new SecretBox(otherKey, null).open(sealed, "alert-rule-webhook"))
                .isInstanceOf(IllegalStateException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> box.open(altered, "alert-rule-webhook")).isInstanceOf(IllegalStateException.class);
        assertThat(box.seal(null, "x")).isNull();
        assertThat(box.open(null, "x")).isNull();
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceIntoAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/busbar-secrets.key");
        String sealed = new SecretBox("", file).seal("s3cret-value", "p");

        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(new SecretBox(null, file).open(sealed, "p")).as("the same key after a restart")
                .isEqualTo("s3cret-value");
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), file))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
