package io.busbar.api;

import io.busbar.chargers.ChargerAlreadyRegisteredException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

/** Every error is an RFC 9457 problem with a stable type URI, and none leaks internals. */
@BusbarTest
class ProblemDetailsTest extends ApiTestSupport {

    @Test
    void invalidFieldsAreListedInErrors() {
        var response = api().post("/api/v1/chargers", """
                {"identity": "", "password": "short", "label": "ok"}""");

        assertProblem(response, 400, "validation-failed", "/api/v1/chargers");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("identity", "password");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api().post("/api/v1/sites", "{\"name\": "), 400, "malformed-request", "/api/v1/sites");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        var response = api().post("/api/v1/id-tokens", """
                {"value": "04A2B3C4", "expiresAt": "next tuesday"}""");

        assertProblem(response, 400, "malformed-request", "/api/v1/id-tokens");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");
    }

    @Test
    void badQueryParametersAre400WithTheParameterNamed() {
        var tooMany = api().get("/api/v1/chargers?limit=501");
        assertProblem(tooMany, 400, "validation-failed", "/api/v1/chargers");
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");

        var notANumber = api().get("/api/v1/chargers?limit=many");
        assertProblem(notANumber, 400, "validation-failed", "/api/v1/chargers");
        assertThat(notANumber.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");

        var notAState = api().get("/api/v1/sessions?state=RUNNING");
        assertProblem(notAState, 400, "validation-failed", "/api/v1/sessions");
        assertThat(notAState.json().get("errors").get(0).get("message").asString()).contains("ACTIVE", "ENDED");
    }

    @Test
    void unknownRouteIs404() {
        assertProblem(api().get("/api/v1/nothing-here"), 404, "not-found", "/api/v1/nothing-here");
    }

    @Test
    void unknownChargerIs404() {
        when(chargers.find(new ChargerIdentity("CP-404"))).thenReturn(Optional.empty());

        assertProblem(api().get("/api/v1/chargers/CP-404"), 404, "charger-not-found", "/api/v1/chargers/CP-404");
    }

    @Test
    void unknownSessionIs404() {
        String path = "/api/v1/sessions/6f1e1a52-0000-4000-8000-000000000000";
        when(sessions.find(any())).thenReturn(Optional.empty());

        assertProblem(api().get(path), 404, "session-not-found", path);
    }

    @Test
    void registeringAnExistingChargerIs409() {
        when(chargers.register(any(), any())).thenThrow(new ChargerAlreadyRegisteredException(new ChargerIdentity("CP-1")));

        assertProblem(api().post("/api/v1/chargers", "{\"identity\": \"CP-1\"}"), 409, "charger-already-registered",
                "/api/v1/chargers");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        var response = api().delete("/api/v1/chargers");

        assertProblem(response, 405, "method-not-allowed", "/api/v1/chargers");
        assertThat(response.header("Allow")).contains("GET", "POST");
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() {
        when(chargers.list(any(), any(), anyInt())).thenThrow(new IllegalStateException("jdbc:postgresql://db secret"));

        var response = api().get("/api/v1/chargers");

        assertProblem(response, 500, "internal-error", "/api/v1/chargers");
        JsonNode json = response.json();
        assertThat(response.body()).doesNotContain("jdbc", "secret", "IllegalStateException", "at io.busbar");
        assertThat(json.has("trace")).isFalse();
    }
}
