package io.busbar.testing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Busbar's REST API as a test sees it: real HTTP to the running test server, with the test profile's admin key. */
public final class RestApi {
    public static final String TEST_ADMIN_KEY = "test-admin-key-0123456789abcdef";
    private final RestClient client;

    public RestApi(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TEST_ADMIN_KEY).build();
    }

    public JsonNode get(String path) {
        return client.get().uri(path).retrieve().body(JsonNode.class);
    }

    public JsonNode post(String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
    }

    /** The one session of a charger (fails when there is not exactly one). */
    public JsonNode onlySessionOf(String chargerIdentity) {
        JsonNode items = get("/api/v1/sessions?chargerId=" + chargerIdentity).get("items");
        if (items.size() != 1) {
            throw new AssertionError("Expected exactly one session of " + chargerIdentity + ", got " + items);
        }
        return items.get(0);
    }
}
