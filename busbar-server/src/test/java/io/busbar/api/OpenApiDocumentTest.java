package io.busbar.api;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The published contract: every path is in /v3/api-docs, with bearer auth, tags, summaries and examples. */
@BusbarTest
class OpenApiDocumentTest extends ApiTestSupport {

    @Test
    void documentsEveryPathWithBearerAuthentication() {
        var response = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode doc = response.json();

        assertThat(doc.get("info").get("title").asString()).isEqualTo("Busbar API");
        assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").get(0).has("bearer")).isTrue();
        assertThat(doc.get("paths").propertyNames()).contains(
                "/api/v1/chargers", "/api/v1/chargers/{identity}", "/api/v1/chargers/{identity}/approve",
                "/api/v1/chargers/{identity}/reject", "/api/v1/chargers/{identity}/password",
                "/api/v1/chargers/{identity}/presence", "/api/v1/chargers/{identity}/notifications",
                "/api/v1/sites", "/api/v1/sites/{id}",
                "/api/v1/id-tokens", "/api/v1/id-tokens/{value}",
                "/api/v1/sessions", "/api/v1/sessions/{id}", "/api/v1/sessions/{id}/meter-values",
                "/api/v1/api-keys", "/api/v1/api-keys/{id}");
        assertThat(doc.get("tags").valueStream().map(tag -> tag.get("name").asString()))
                .contains("Chargers", "Sites", "Id tokens", "Sessions", "API keys");
    }

    @Test
    void twoBodiesOfTheSameSimpleNameKeepTheirOwnSchemas() {
        // Springdoc names schemas by simple class name: a second ResetRequest silently replaced the first, and the
        // charger reset was documented with the driver password reset's {email}.
        JsonNode schemas = ApiClient.anonymous(port).get("/v3/api-docs").json().get("components").get("schemas");
        JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");
        String resetRef = paths.get("/api/v1/chargers/{identity}/commands/reset").get("post").get("requestBody")
                .get("content").get("application/json").get("schema").get("$ref").asString();
        JsonNode chargerReset = schemas.get(resetRef.substring(resetRef.lastIndexOf('/') + 1));
        assertThat(chargerReset.get("properties").has("kind")).as(chargerReset.toString()).isTrue();
        assertThat(chargerReset.get("properties").has("email")).isFalse();
        assertThat(schemas.get("DriverPasswordResetRequest").get("properties").has("email")).isTrue();
    }

    @Test
    void everyOperationHasASummaryAndEveryBodyAnExample() {
        JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");

        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            assertThat(operation.getValue().path("summary").asString()).as(name).isNotBlank();
            assertThat(operation.getValue().path("tags").size()).as(name).isEqualTo(1);
            assertThat(operation.getValue().path("responses").path("401").path("content").has("application/problem+json"))
                    .as("401 documented on " + name).isTrue();
            JsonNode body = operation.getValue().path("requestBody");
            if (!body.isMissingNode()) {
                assertThat(hasExample(body)).as("request example of " + name).isTrue();
            }
            operation.getValue().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2") && response.getValue().has("content")) {
                    assertThat(hasExample(response.getValue()))
                            .as(response.getKey() + " response example of " + name).isTrue();
                }
            });
        }));
        assertThat(hasExample(paths.get("/api/v1/chargers/{identity}").get("get").get("responses").get("200"))).isTrue();
        assertThat(hasExample(paths.get("/api/v1/sessions").get("get").get("responses").get("200"))).isTrue();
    }

    /** springdoc writes a single example as "example", several as "examples". */
    private static boolean hasExample(JsonNode node) {
        return node.findValue("example") != null || node.findValue("examples") != null;
    }
}
