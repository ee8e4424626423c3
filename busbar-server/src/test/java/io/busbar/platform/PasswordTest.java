package io.busbar.platform;

import io.busbar.drivers.NewDriver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordTest {
    @Test
    void neitherToStringNorARejectionShowsThePassword() {
        assertThat(Password.of("correct horse battery").toString()).doesNotContain("horse");
        assertThat(new NewDriver("a@b.c", "A", Password.of("correct horse battery")).toString()).doesNotContain("horse");
        assertThatThrownBy(() -> Password.of("short7!")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("short7!");
    }

    @Test
    void lengthIsCountedInCharactersFrom8To128() {
        assertThat(Password.of("12345678").reveal()).isEqualTo("12345678");
        assertThat(Password.of("é".repeat(128)).reveal()).hasSize(128);
        assertThatThrownBy(() -> Password.of("1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Password.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }
}
