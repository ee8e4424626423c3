package io.busbar.api.keys;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeySecretTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void generatedKeysAreBbAnd256RandomBitsInBase64Url() {
        Set<String> keys = new HashSet<>();
        IntStream.range(0, 100).forEach(i -> keys.add(ApiKeySecret.generate(random).value()));

        assertThat(keys).hasSize(100).allMatch(key -> key.matches("bb_[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theHashIsSha256OfTheWholeKeyAndMatchesOnlyThatKey() {
        ApiKeySecret key = ApiKeySecret.generate(random);
        ApiKeySecret other = ApiKeySecret.generate(random);

        assertThat(key.hash()).hasSize(32);
        assertThat(key.matches(key.hash())).isTrue();
        assertThat(key.matches(other.hash())).isFalse();
        assertThat(new ApiKeySecret(key.value()).matches(key.hash())).isTrue();
    }

    @Test
    void thePrefixIsTheFirstEightCharactersAndToStringShowsNothingMore() {
        ApiKeySecret key = new ApiKeySecret("bb_abcdefghijklmnopqrstuvwxyz");

        assertThat(key.prefix()).isEqualTo("bb_abcde");
        assertThat(key.toString()).isEqualTo("bb_abcde…").doesNotContain("fgh");
    }

    @Test
    void keysShorterThan16CharactersAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeySecret("too-short"));
    }
}
