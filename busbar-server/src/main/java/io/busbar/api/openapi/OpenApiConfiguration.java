package io.busbar.api.openapi;

import io.busbar.api.problems.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The OpenAPI document at {@code /v3/api-docs}: bearer keys on every operation, one tag per resource. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI busbarOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Busbar API")
                        .version("v1")
                        .description("""
                                Operate a Busbar charge point management system: chargers, sites, id tokens, \
                                sessions and API keys.

                                * Authenticate with `Authorization: Bearer <API key>`.
                                * JSON field names are camelCase; instants are ISO-8601 in UTC \
                                (`2025-03-01T09:30:00Z`); energies are whole watt-hours in fields ending in `Wh` \
                                (e.g. `energyWh`).
                                * Lists return `{"items": [...], "next": "<cursor>"}`; pass `next` back as \
                                `after` (or `before` for sessions) for the following page; it is null on the last page.
                                * Id tokens are masked everywhere except under `/api/v1/id-tokens`.
                                * Errors are RFC 9457 problem details (`application/problem+json`) whose `type` \
                                starts with `%s`; invalid input lists each field in `errors`."""
                                .formatted(ProblemType.BASE))
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSchemas(PROBLEM, new ObjectSchema()
                                .description("RFC 9457 problem details; invalid input adds `errors`: [{field, message}]")
                                .addProperty("type", new StringSchema().example(ProblemType.BASE + "charger-not-found"))
                                .addProperty("title", new StringSchema().example("Charger not found"))
                                .addProperty("status", new IntegerSchema().example(404))
                                .addProperty("detail", new StringSchema().example("No charger CP-0042"))
                                .addProperty("instance", new StringSchema().example("/api/v1/chargers/CP-0042")))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key, e.g. bb_Xy7Qa0nq3v6KuFzT2sJ9eWbLc8mRdH1pY4tG5oA7iZk")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .tags(List.of(
                        new Tag().name(ApiTags.CHARGERS).description("Register, approve and inspect chargers"),
                        new Tag().name(ApiTags.SITES).description("Places with chargers"),
                        new Tag().name(ApiTags.ID_TOKENS).description("The token registry (RFID cards, app tokens, contracts)"),
                        new Tag().name(ApiTags.SESSIONS).description("Charging sessions and their meter values"),
                        new Tag().name(ApiTags.API_KEYS).description("Bearer keys for this API")));
    }

    /** Every operation can answer 401 (no or bad key) and, on invalid input or a missing resource, a problem. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().putIfAbsent("401", problem("Missing, unknown or revoked API key"));
            operation.getResponses().putIfAbsent("400", problem("Invalid input; `errors` lists each field"));
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                operation.getResponses().putIfAbsent("404", problem("No such resource"));
            }
        }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(
                        new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
