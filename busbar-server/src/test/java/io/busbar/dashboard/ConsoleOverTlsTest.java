package io.busbar.dashboard;

import io.busbar.testing.BusbarTest;
import io.busbar.testing.SelfSignedTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With TLS on (security profile 2 keystore) the server speaks only https, yet the console reaches its own API over
 * plain HTTP on a loopback-only connector (ADR 0015): sign-in and a page that reads the API both work.
 */
@BusbarTest
class ConsoleOverTlsTest {
    @TempDir
    static Path keys;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        Path keyStore = SelfSignedTls.keyStore(keys);
        registry.add("server.ssl.key-store", keyStore::toString);
        registry.add("server.ssl.key-store-password", () -> SelfSignedTls.STORE_PASSWORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    @Test
    void anOperatorSignsInAndReadsTheOverviewOverHttps() throws Exception {
        try (HttpClient https = HttpClient.newBuilder().sslContext(SelfSignedTls.trusting(keys.resolve(SelfSignedTls.STORE_FILE)))
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> created = https.send(HttpRequest.newBuilder(uri("/api/v1/users"))
                    .header("Authorization", "Bearer test-admin-key-0123456789abcdef")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"email": "tls@console.test", "name": "TLS", "role": "READ_ONLY", "password": "%s"}"""
                            .formatted(ConsoleBrowser.PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            String form = "tenant=default&email=" + URLEncoder.encode("tls@console.test", StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(ConsoleBrowser.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = https.send(HttpRequest.newBuilder(uri("/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Set-Cookie")).get().asString()
                    .contains("HttpOnly").contains("Secure").contains("SameSite=Strict");

            HttpResponse<String> overview = https.send(HttpRequest.newBuilder(uri("/console")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.body()).contains("data-test=\"signed-in-as\"").contains("READ_ONLY")
                    .contains("data-test=\"count-available\"");
        }
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }
}
