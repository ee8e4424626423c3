package io.busbar.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's only way to data: Busbar's own REST API on loopback, as the signed-in operator (their session token
 * as bearer). Answers come back as {@link JsonNode} for logic, or as plain maps and lists for templates
 * ({@code ${charger.identity}}, a field the API left out reads as null). An error answer becomes an {@link ApiProblem}; a 401 becomes {@link SignedOut}.
 *
 * <p>Calls made in a console request use that request's {@link ConsoleSession}; background work (server-sent events)
 * binds a session explicitly with {@link #as(ConsoleSession)}.
 */
@Component
public class ConsoleApi {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ApiAddress address;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ConsoleApi(ApiAddress address, ObjectMapper json) {
        this.address = address;
        this.json = json;
    }

    /** Calls as the given session (outside a console request, e.g. a server-sent event stream). */
    public Calls as(ConsoleSession session) {
        return new Calls(session);
    }

    private Calls current() {
        return new Calls(ConsoleSession.current());
    }

    /** GET; {@code query} values that are null or blank are left out. */
    public JsonNode get(String path, Map<String, ?> query) {
        return current().get(path, query);
    }

    public JsonNode get(String path) {
        return current().get(path, Map.of());
    }

    /** GET a JSON object as a map for templates. */
    public Map<String, Object> object(String path) {
        return current().object(path, Map.of());
    }

    public Map<String, Object> object(String path, Map<String, ?> query) {
        return current().object(path, query);
    }

    /** GET a list answer ({@code {"items": [...], "next": ...}} or a bare array) as a list for templates. */
    public List<Map<String, Object>> items(String path, Map<String, ?> query) {
        return current().items(path, query);
    }

    public List<Map<String, Object>> items(String path) {
        return current().items(path, Map.of());
    }

    public JsonNode post(String path, Object body) {
        return current().send("POST", path, body, null);
    }

    /** POST with an {@code Idempotency-Key}: a form sent twice (double click, retry) acts once. */
    public JsonNode post(String path, Object body, String idempotencyKey) {
        return current().send("POST", path, body, idempotencyKey);
    }

    public JsonNode put(String path, Object body) {
        return current().send("PUT", path, body, null);
    }

    public JsonNode patch(String path, Object body) {
        return current().send("PATCH", path, body, null);
    }

    public JsonNode delete(String path) {
        return current().send("DELETE", path, null, null);
    }

    /** JSON as plain Java values (maps, lists, strings, numbers, booleans) for templates. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        return TemplateMaps.of((Map<String, Object>) json.convertValue(node, LinkedHashMap.class));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> toList(JsonNode node) {
        JsonNode array = node != null && node.isObject() ? node.get("items") : node;
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Map<String, Object>> list = new ArrayList<>();
        array.forEach(element -> list.add(element.isObject() ? json.convertValue(element, LinkedHashMap.class)
                : Map.of("value", json.convertValue(element, Object.class))));
        return TemplateMaps.of(list);
    }

    /** Sign-in: the one call made without a session. */
    JsonNode signIn(String tenant, String email, String password) {
        return exchange(null, "POST", "/api/v1/auth/login", Map.of(),
                Map.of("tenant", tenant, "email", email, "password", password), null);
    }

    void signOut(ConsoleSession session) {
        exchange(session, "POST", "/api/v1/auth/logout", Map.of(), null, null);
    }

    /** Calls bound to one session. */
    public final class Calls {
        private final ConsoleSession session;

        private Calls(ConsoleSession session) {
            this.session = session;
        }

        public JsonNode get(String path, Map<String, ?> query) {
            return exchange(session, "GET", path, query, null, null);
        }

        public Map<String, Object> object(String path, Map<String, ?> query) {
            return toMap(get(path, query));
        }

        public List<Map<String, Object>> items(String path, Map<String, ?> query) {
            return toList(get(path, query));
        }

        public JsonNode send(String method, String path, Object body, String idempotencyKey) {
            return exchange(session, method, path, Map.of(), body, idempotencyKey);
        }
    }

    private JsonNode exchange(ConsoleSession session, String method, String path, Map<String, ?> query, Object body,
                              String idempotencyKey) {
        if (!path.startsWith("/api/v1/")) {
            throw new IllegalArgumentException("The console only calls the REST API: " + path);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path, query)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (session != null) {
            request.header("Authorization", "Bearer " + session.token());
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = send(request.build(), method);
        int status = response.statusCode();
        if (status == 401 && session != null) {
            throw new SignedOut("the API refused the session");
        }
        JsonNode answer = parse(response.body());
        if (status >= 400) {
            throw problem(status, answer);
        }
        return answer;
    }

    /**
     * Sends; a read that fails on a pooled connection the server had just closed (keep-alive race: "header parser
     * received no bytes") is sent once more on a fresh one. Changes are not repeated here: the operator sees the
     * problem and sends the form again, with the same idempotency key.
     */
    private HttpResponse<String> send(HttpRequest request, String method) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                if (!method.equals("GET")) {
                    throw stale;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new ApiProblem(503, "Busbar's API did not answer", e.getMessage(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Interrupted", "The console stopped waiting for the API", Map.of());
        }
    }

    private URI uri(String path, Map<String, ?> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(address.base()).path(path);
        query.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isBlank()) {
                builder.queryParam(name, String.valueOf(value));
            }
        });
        return builder.encode().build().toUri();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return json.createObjectNode().put("detail", body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private static ApiProblem problem(int status, JsonNode answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode errors = answer.get("errors");
        if (errors != null && errors.isArray()) {
            errors.forEach(error -> {
                String field = error.path("field").asString("");
                if (!field.isBlank()) {
                    fields.merge(field, error.path("message").asString(""), (a, b) -> a + "; " + b);
                }
            });
        }
        String title = answer.path("title").asString(null);
        String detail = answer.path("detail").asString(null);
        return new ApiProblem(status, title, detail, fields);
    }
}
