package io.busbar.chargers.internal;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SaltedPasswordHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void matchesOnlyTheExactPassword() {
        SaltedPasswordHash hash = SaltedPasswordHash.of("Pa55word-0123456789", random);

        assertThat(hash.matches("Pa55word-0123456789")).isTrue();
        assertThat(hash.matches("pa55word-0123456789")).isFalse();
        assertThat(hash.matches("Pa55word-012345678")).isFalse();
        assertThat(hash.matches("")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltAndHashPerCharger() {
        SaltedPasswordHash first = SaltedPasswordHash.of("shared-password-0123", random);
        SaltedPasswordHash second = SaltedPasswordHash.of("shared-password-0123", random);

        assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
        assertThat(first.hash()).hasSize(32).isNotEqualTo(second.hash());
        assertThat(second.matches("shared-password-0123")).isTrue();
    }

    @Test
    void nonAsciiPasswordsAreHashedAsUtf8() {
        SaltedPasswordHash hash = SaltedPasswordHash.of("Ladesäule-Straße-€", random);

        assertThat(hash.matches("Ladesäule-Straße-€")).isTrue();
        assertThat(hash.matches("Ladesaule-Strasse-E")).isFalse();
    }

    @Test
    void neverShowsSaltOrHash() {
        assertThat(SaltedPasswordHash.of("secret-password-0123", random)).hasToString("SaltedPasswordHash[***]");
    }
}
