package io.busbar.api.driver;

import io.busbar.api.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** What a driver app sends over a real socket: JSON, a bearer token, extra headers (Idempotency-Key). */
final class DriverHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    DriverHttp(int port) {
        this.port = port;
    }

    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer post(String path, String token, String json) {
        return send("POST", path, token, json, Map.of());
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Answer send(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs up and returns the answer's JSON ({driver, tokens}). */
    JsonNode signUp(String tenantSlug, String email, String password) {
        Answer answer = post("/api/v1/driver/" + tenantSlug + "/signup", null, """
                {"email": "%s", "name": "Test Driver", "password": "%s"}""".formatted(email, password));
        if (answer.status() != 201) {
            throw new AssertionError("sign-up: " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    static ApiClient operator(int port) {
        return ApiClient.admin(port);
    }
}
