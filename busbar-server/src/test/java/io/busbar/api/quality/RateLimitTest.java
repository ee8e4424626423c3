package io.busbar.api.quality;

import io.busbar.api.ApiClient;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each client gets its own budget; past it, a 429 problem says when to come back. */
@BusbarTest
@TestPropertySource(properties = {
        "busbar.api.rate-limit.credentials.per-second=0.01", "busbar.api.rate-limit.credentials.burst=3",
        "busbar.api.rate-limit.anonymous.per-second=0.01", "busbar.api.rate-limit.anonymous.burst=2"})
class RateLimitTest {
    @LocalServerPort
    int port;

    @Test
    void aClientPastItsBurstGetsA429WithRetryAfterWhileOthersCarryOn() {
        ApiClient admin = ApiClient.admin(port);
        ApiClient.Response first = admin.get("/api/v1/sites");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("2");
        String otherKey = admin.post("/api/v1/api-keys", "{\"name\": \"other\"}").json().get("key").asString();
        admin.get("/api/v1/sites");

        ApiClient.Response refused = admin.get("/api/v1/sites");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://busbar.io/problems/too-many-requests");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 100L);
        assertThat(ApiClient.withKey(port, otherKey).get("/api/v1/sites").status()).isEqualTo(200);
    }

    @Test
    void requestsWithoutCredentialsAreLimitedPerAddress() {
        ApiClient anonymous = ApiClient.anonymous(port);
        anonymous.get("/api/v1/public/none/locations");
        anonymous.get("/api/v1/public/none/locations");
        assertThat(anonymous.get("/api/v1/public/none/locations").status()).isEqualTo(429);
    }
}
