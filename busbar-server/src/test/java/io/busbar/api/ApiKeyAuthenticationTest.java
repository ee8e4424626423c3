package io.busbar.api;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;

@BusbarTest
class ApiKeyAuthenticationTest extends ApiTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestWithoutKeyGets401WithBearerChallenge() {
        var response = ApiClient.anonymous(port).get("/api/v1/chargers");

        assertProblem(response, 401, "unauthorized", "/api/v1/chargers");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aWrongKeyGets401AsAnInvalidToken() {
        var response = ApiClient.withKey(port, "bb_not-a-key-that-exists-anywhere").get("/api/v1/sites");

        assertProblem(response, 401, "unauthorized", "/api/v1/sites");
        assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void anUnknownRouteWithoutKeyIs401NotA404() {
        assertProblem(ApiClient.anonymous(port).get("/api/v1/nothing-here"), 401, "unauthorized", "/api/v1/nothing-here");
    }

    @Test
    void theConfiguredAdminKeyIsStoredOnceAsHashAndAuthenticates() {
        var response = api().get("/api/v1/api-keys");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").valueStream().map(key -> key.get("name").asString()))
                .contains("admin (configured)");
        assertThat(jdbc.sql("select count(*) from api_keys where key_hash = :hash")
                .param("hash", sha256(ApiClient.ADMIN_KEY)).query(Long.class).single()).isEqualTo(1);
        assertThat(response.body()).doesNotContain(ApiClient.ADMIN_KEY);
    }

    @Test
    void healthOpenApiAndSwaggerStayOpen() {
        var anonymous = ApiClient.anonymous(port);

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/ocpp/CP-1").status()).isNotEqualTo(401);
    }

    @Test
    void aCreatedKeyIsShownOnceWorksAndIsStoredOnlyAsItsHash() {
        var created = api().post("/api/v1/api-keys", """
                {"name": "billing export"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String key = body.get("key").asString();
        assertThat(key).matches("bb_[A-Za-z0-9_-]{43}");
        assertThat(body.get("prefix").asString()).isEqualTo(key.substring(0, 8));
        assertThat(body.get("name").asString()).isEqualTo("billing export");
        assertThat(body.get("scopes").get(0).asString()).isEqualTo("admin");
        assertThat(created.header("Location")).isEqualTo("/api/v1/api-keys/" + body.get("id").asString());

        assertThat(ApiClient.withKey(port, key).get("/api/v1/api-keys").status()).isEqualTo(200);
        var listed = api().get("/api/v1/api-keys");
        assertThat(listed.body()).contains(body.get("id").asString()).doesNotContain(key);
        String stored = jdbc.sql("select name || key_prefix || encode(key_hash, 'hex') from api_keys where id = :id::uuid")
                .param("id", body.get("id").asString()).query(String.class).single();
        assertThat(stored).doesNotContain(key.substring(8));
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        JsonNode created = api().post("/api/v1/api-keys", "{\"name\": \"temporary\"}").json();
        String key = created.get("key").asString();
        String id = created.get("id").asString();

        var revoked = api().delete("/api/v1/api-keys/" + id);

        assertThat(revoked.status()).isEqualTo(204);
        assertProblem(ApiClient.withKey(port, key).get("/api/v1/sites"), 401, "unauthorized", "/api/v1/sites");
        JsonNode listed = api().get("/api/v1/api-keys").json().get("items").valueStream()
                .filter(item -> item.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("active").asBoolean()).isFalse();
        assertThat(listed.get("revokedAt").asString()).isNotBlank();
        assertThat(api().delete("/api/v1/api-keys/" + id).status()).as("revoking again changes nothing").isEqualTo(204);
    }

    @Test
    void revokingAnUnknownKeyIs404() {
        String path = "/api/v1/api-keys/00000000-0000-0000-0000-000000000001";
        assertProblem(api().delete(path), 404, "api-key-not-found", path);
    }

    @Test
    void aKeyNeedsAName() {
        var response = api().post("/api/v1/api-keys", "{\"name\": \"  \"}");

        assertProblem(response, 400, "validation-failed", "/api/v1/api-keys");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void lastUseIsRecordedButNotOnEveryRequest() {
        JsonNode created = api().post("/api/v1/api-keys", "{\"name\": \"busy client\"}").json();
        var client = ApiClient.withKey(port, created.get("key").asString());
        String id = created.get("id").asString();

        client.get("/api/v1/api-keys");
        Timestamp first = lastUsed(id);
        client.get("/api/v1/api-keys");
        client.get("/api/v1/api-keys");

        assertThat(first).isNotNull();
        assertThat(lastUsed(id)).as("written at most once a minute").isEqualTo(first);
    }

    private Timestamp lastUsed(String id) {
        return jdbc.sql("select last_used_at from api_keys where id = :id::uuid").param("id", id)
                .query(Timestamp.class).single();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
