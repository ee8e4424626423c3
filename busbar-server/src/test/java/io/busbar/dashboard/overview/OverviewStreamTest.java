package io.busbar.dashboard.overview;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The overview's event stream as a browser's EventSource opens it (a plain HTTP client with the console cookie, so
 * the test controls when the client leaves): every way a stream must end, ends it, and the open-stream count says so.
 */
@BusbarTest
class OverviewStreamTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;
    @Autowired
    OverviewStreams streams;

    @Test
    void theFirstEventCarriesTheCountsAndAStreamEndsWhenItsClientLeaves() throws Exception {
        HttpResponse<Stream<String>> response = open(signIn("OPERATOR"));
        Stream<String> lines = response.body();
        var iterator = lines.iterator();
        assertThat(iterator.next()).startsWith("retry:");
        assertThat(iterator.next()).isEqualTo("event:counts");
        assertThat(iterator.next()).startsWith("data:").contains("data-test=\"count-offline\"").doesNotContain("\n");
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 1);

        lines.close();

        // Noticed when a write fails: each tick (1 s in tests) writes a comment line even when nothing changed.
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.open() == 0);
    }

    @Test
    void aStreamEndsWithoutAnotherEventWhenTheSessionEnds() throws Exception {
        String token = signIn("SUPPORT");
        CompletableFuture<List<String>> stream = readToEnd(open(token));
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 1);

        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/auth/logout")))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isLessThan(300);

        List<String> received = stream.get(10, TimeUnit.SECONDS);
        assertThat(received).filteredOn(line -> line.startsWith("event:")).containsExactly("event:counts");
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 0);
        // The browser's reconnect is then sent to sign in rather than streamed to.
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(url("/console/overview/stream")))
                .header("Cookie", "busbar_console=" + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/console/login"));
    }

    @Test
    void stoppingTheApplicationEndsEveryStream() throws Exception {
        CompletableFuture<List<String>> first = readToEnd(open(signIn("READ_ONLY")));
        CompletableFuture<List<String>> second = readToEnd(open(signIn("OPERATOR")));
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 2);

        streams.stop();
        try {
            assertThat(first.get(10, TimeUnit.SECONDS)).contains("event:counts");
            assertThat(second.get(10, TimeUnit.SECONDS)).contains("event:counts");
            await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 0);
        } finally {
            streams.start();
        }
    }

    private String signIn(String role) throws Exception {
        String email = ConsoleBrowser.createUser(port, role);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/auth/login")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"tenant": "default", "email": "%s", "password": "%s"}""".formatted(email, ConsoleBrowser.PASSWORD)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(login.body()).get("token").asString();
    }

    private HttpResponse<Stream<String>> open(String token) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/console/overview/stream")))
                .header("Cookie", "busbar_console=" + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        return response;
    }

    /** Completes with every line once the server ends the response. */
    private static CompletableFuture<List<String>> readToEnd(HttpResponse<Stream<String>> response) {
        return CompletableFuture.supplyAsync(() -> response.body().toList());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
