package io.busbar.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {
    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Computed independently: printf '1764230400.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(WebhookSigner.header("whsec_test", 1_764_230_400L, "{\"a\":1}"))
                .isEqualTo("t=1764230400,v1=9b252bacbeb4b069dc6cb11dfa381eb5062d131c21196d0d14abae60ca21a917");
    }
}
