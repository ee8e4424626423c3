package io.busbar.api.keys;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.tenants.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = ApiTags.API_KEYS, description = "Bearer keys of your tenant. The clear key is shown once, at creation.")
class ApiKeyController {
    private final ApiKeyIssuer issuer;

    ApiKeyController(ApiKeyIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping
    @Operation(summary = "Create an API key with the scopes it needs; the response is the only time its value is shown",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ApiKeyDtos.CREATE_REQUEST_EXAMPLE))),
            responses = {@ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = ApiKeyDtos.CREATED_EXAMPLE))),
                    @ApiResponse(responseCode = "403", description = "A scope the calling key does not hold itself")})
    ResponseEntity<ApiKeyDtos.CreatedApiKey> create(@Valid @RequestBody ApiKeyDtos.CreateApiKey request) {
        Caller caller = Callers.caller();
        Set<Scope> scopes = new LinkedHashSet<>();
        for (String literal : request.scopes() == null || request.scopes().isEmpty() ? java.util.List.of("admin")
                : request.scopes()) {
            Scope scope = parse(literal);
            if (!caller.mayGrant(scope)) {
                throw new ScopeNotHeldException(scope);
            }
            scopes.add(scope);
        }
        ApiKeyIssuer.IssuedApiKey issued = issuer.issue(caller.tenant(), request.name().strip(), scopes);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.key().id()))
                .body(ApiKeyDtos.CreatedApiKey.of(issued));
    }

    private static Scope parse(String literal) {
        try {
            return Scope.parse(literal.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scopes", e.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "List your tenant's API keys (never their values), newest first",
            responses = @ApiResponse(responseCode = "200", description = "The keys", content = @Content(
                    examples = @ExampleObject(value = ApiKeyDtos.LIST_EXAMPLE))))
    Page<ApiKeyDtos.ApiKeyResponse> list() {
        return Page.all(issuer.list(Callers.tenant()).stream().map(ApiKeyDtos.ApiKeyResponse::of).toList());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key (idempotent); the tenant's last key able to manage keys cannot be revoked",
            responses = @ApiResponse(responseCode = "204", description = "Revoked"))
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        issuer.revoke(Callers.tenant(), new ApiKeyId(id));
        return ResponseEntity.noContent().build();
    }
}
