package io.busbar.api.quality;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A client retrying a POST with the same Idempotency-Key never creates twice (draft-ietf-httpapi-idempotency-key). */
@BusbarTest
class IdempotencyKeyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRetriedCreateAnswersTheFirstResultAndCreatesNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Retry Plaza\"}";
        HttpResponse<String> first = post("/api/v1/sites", body, key, ApiClient.ADMIN_KEY);
        HttpResponse<String> retry = post("/api/v1/sites", body, key, ApiClient.ADMIN_KEY);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(sitesNamed("Retry Plaza")).isEqualTo(1);
    }

    @Test
    void aSecretShownOnceIsReplayedToTheRetryButNeverStoredInClear() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"ERP export\", \"scopes\": [\"billing:read\"]}";
        HttpResponse<String> first = post("/api/v1/api-keys", body, key, ApiClient.ADMIN_KEY);
        HttpResponse<String> retry = post("/api/v1/api-keys", body, key, ApiClient.ADMIN_KEY);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        String secret = tools.jackson.databind.json.JsonMapper.builder().build().readTree(first.body()).get("key").asString();
        java.util.List<byte[]> stored = jdbc.sql("SELECT body FROM idempotency_keys WHERE key = :key")
                .param("key", key).query(byte[].class).list();
        assertThat(stored).hasSize(1);
        assertThat(new String(stored.getFirst(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("v1:")
                .doesNotContain(secret).doesNotContain("ERP export");
    }

    @Test
    void theSameKeyOnADifferentRequestIsRefusedAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/v1/sites", "{\"name\": \"Key Reuse A\"}", key, ApiClient.ADMIN_KEY).statusCode()).isEqualTo(201);

        HttpResponse<String> reuse = post("/api/v1/sites", "{\"name\": \"Key Reuse B\"}", key, ApiClient.ADMIN_KEY);

        assertThat(reuse.statusCode()).isEqualTo(422);
        assertThat(reuse.body()).contains("https://busbar.io/problems/idempotency-key-reused");
        assertThat(sitesNamed("Key Reuse B")).isZero();
    }

    @Test
    void keysBelongToOneClientAndRequestsWithoutAKeyAreNotDeduplicated() throws Exception {
        String other = ApiClient.admin(port).post("/api/v1/api-keys", "{\"name\": \"second client\"}").json()
                .get("key").asString();
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Two Clients\"}";
        assertThat(post("/api/v1/sites", body, key, ApiClient.ADMIN_KEY).statusCode()).isEqualTo(201);
        HttpResponse<String> otherClient = post("/api/v1/sites", body, key, other);
        assertThat(otherClient.statusCode()).isEqualTo(201);
        assertThat(otherClient.headers().firstValue("Idempotent-Replayed")).isEmpty();

        ApiClient.admin(port).post("/api/v1/sites", "{\"name\": \"No Key\"}");
        ApiClient.admin(port).post("/api/v1/sites", "{\"name\": \"No Key\"}");
        assertThat(sitesNamed("Two Clients")).isEqualTo(2);
        assertThat(sitesNamed("No Key")).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsAClearError() throws Exception {
        HttpResponse<String> response = post("/api/v1/sites", "{\"name\": \"Bad Key\"}", "x".repeat(256), ApiClient.ADMIN_KEY);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(sitesNamed("Bad Key")).isZero();
    }

    private long sitesNamed(String name) {
        var items = ApiClient.admin(port).get("/api/v1/sites").json().get("items");
        long count = 0;
        for (var site : items) {
            if (site.get("name").asString().equals(name)) {
                count++;
            }
        }
        return count;
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey, String apiKey)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
