package io.busbar.gateway;

import io.busbar.testing.OcppTestClient;
import io.busbar.testing.SelfSignedTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import static io.busbar.gateway.GatewayTestConfiguration.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Security profile 2: Basic auth over TLS, with a self-signed certificate made for the test. */
@SpringBootTest(classes = {OcppWebSocketConfiguration.class, GatewayTestConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TlsEndpointTest {
    private static final String STORE_PASSWORD = SelfSignedTls.STORE_PASSWORD;

    @TempDir
    static Path keys;

    @LocalServerPort
    int port;

    @Autowired
    ChargerLink link;

    @Autowired
    GatewayTestConfiguration.RecordingAuthenticator authenticator;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        Path keyStore = selfSignedKeyStore();
        registry.add("server.ssl.key-store", keyStore::toString);
        registry.add("server.ssl.key-store-password", () -> STORE_PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    @Test
    void a_charger_connects_over_wss_with_basic_auth_and_is_known_as_secure() throws Exception {
        try (OcppTestClient charger = OcppTestClient.to(URI.create("wss://localhost:" + port + "/ocpp/secured-tls"))
                .subprotocols("ocpp1.6").basicAuth("secured-tls", PASSWORD).sslContext(trusting(keys.resolve("busbar.p12")))
                .connect()) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp1.6");
            assertThat(authenticator.lastAttemptOf("secured-tls").tls()).isTrue();
            await().until(() -> link.isConnected("secured-tls"));
            assertThat(link.connection("secured-tls")).hasValueSatisfying(c -> assertThat(c.secure()).isTrue());
            charger.sendText("[2,\"hb\",\"Heartbeat\",{}]");
            assertThat(charger.awaitJson().get(0).asInt()).isEqualTo(3);
        }
    }

    @Test
    void a_wrong_password_over_wss_is_still_refused_with_401() throws Exception {
        assertThat(OcppTestClient.to(URI.create("wss://localhost:" + port + "/ocpp/secured-tls-2"))
                .subprotocols("ocpp1.6").basicAuth("secured-tls-2", "guess").sslContext(trusting(keys.resolve("busbar.p12")))
                .refusalStatus()).isEqualTo(401);
    }

    private static Path selfSignedKeyStore() throws IOException, InterruptedException {
        return SelfSignedTls.keyStore(keys);
    }

    private static SSLContext trusting(Path keyStoreFile) throws Exception {
        return SelfSignedTls.trusting(keyStoreFile);
    }
}
