package io.busbar.api.driver;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The driver API's own security scheme in the OpenAPI document: a bearer JWT from login, not an API key. Sign-up,
 * login, refresh and password reset need no credentials at all.
 */
@Configuration(proxyBeanMethods = false)
class DriverOpenApi {
    static final String SCHEME = "driverBearer";
    private static final Pattern OPEN = Pattern.compile(
            "/api/v1/driver/\\{tenantSlug}/(signup|login|token/refresh|password-reset|password-reset/confirm)");

    /** Runs last, so that the API-key 401 the general customizer adds is replaced on driver operations. */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer driverSecurity() {
        return openApi -> {
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("A driver's access token (JWT, HS256, 15 minutes) from "
                            + "POST /api/v1/driver/{tenantSlug}/login or /token/refresh. API keys do not work here."));
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/v1/driver/")) {
                    return;
                }
                boolean open = OPEN.matcher(path).matches();
                item.readOperations().forEach(operation -> {
                    operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(SCHEME)));
                    if (open) {
                        operation.getResponses().remove("401");
                    }
                    if (path.endsWith("/login") || path.endsWith("/token/refresh") || !open) {
                        operation.getResponses().put("401", new ApiResponse().description(open
                                ? "Wrong e-mail or password, or a spent/revoked/expired refresh token (one answer for all)"
                                : "Missing, invalid or expired access token (WWW-Authenticate: Bearer error=\"invalid_token\")")
                                .content(problemContent()));
                    }
                });
            });
        };
    }

    private static io.swagger.v3.oas.models.media.Content problemContent() {
        return new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                new io.swagger.v3.oas.models.media.MediaType().schema(
                        new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/Problem")));
    }
}
