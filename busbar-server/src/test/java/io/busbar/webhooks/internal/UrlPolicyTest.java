package io.busbar.webhooks.internal;

import io.busbar.webhooks.InvalidWebhookException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://erp.example.com/hooks", "https://10.0.0.5:8443/x?tenant=1",
            "http://localhost:9000/hooks", "http://127.0.0.1/hooks", "http://[::1]:8080/hooks"})
    void acceptsHttpsAndLoopbackHttp(String url) {
        assertThatCode(() -> UrlPolicy.check(URI.create(url), false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://erp.example.com/hooks", "http://localhost.example.com/x", "ftp://example.com/x",
            "https://user:secret@example.com/x", "/relative/path", "https://example.com/x#fragment"})
    void refusesTheRest(String url) {
        assertThatThrownBy(() -> UrlPolicy.check(URI.create(url), false)).isInstanceOf(InvalidWebhookException.class)
                .extracting(e -> ((InvalidWebhookException) e).field()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://erp.example.com/hooks", "http://192.168.1.20:8080/x"})
    void plainHttpAnywhereWhenAllowed(String url) {
        assertThatCode(() -> UrlPolicy.check(URI.create(url), true)).doesNotThrowAnyException();
    }
}
