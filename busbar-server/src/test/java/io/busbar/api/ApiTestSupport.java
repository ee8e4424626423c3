package io.busbar.api;

import io.busbar.authorization.IdTokens;
import io.busbar.chargers.ChargerNotifications;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.Sites;
import io.busbar.sessions.SessionQueries;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain services the API calls, mocked: their implementations live on other branches, and these tests
 * are about the HTTP contract (request → domain call → response). End-to-end tests run after the merge.
 */
public abstract class ApiTestSupport {
    @MockitoBean
    protected ChargerRegistry chargers;
    @MockitoBean
    protected Sites sites;
    @MockitoBean
    protected ChargerPresence presence;
    @MockitoBean
    protected ChargerNotifications notifications;
    @MockitoBean
    protected IdTokens idTokens;
    @MockitoBean
    protected SessionQueries sessions;

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return ApiClient.admin(port);
    }

    /** The RFC 9457 shape every error of the API has. */
    protected static void assertProblem(ApiClient.Response response, int status, String type, String instance) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var json = response.json();
        assertThat(json.get("type").asString()).isEqualTo("https://busbar.io/problems/" + type);
        assertThat(json.get("title").asString()).isNotBlank();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("detail").asString()).isNotBlank();
        assertThat(json.get("instance").asString()).isEqualTo(instance);
    }
}
