package io.busbar.api.tokens;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/id-tokens")
@Tag(name = ApiTags.ID_TOKENS)
class IdTokenController {
    private final IdTokens tokens;

    IdTokenController(IdTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Register a token",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = IdTokenDtos.CREATE_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
                            examples = @ExampleObject(value = IdTokenDtos.TOKEN_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "A token with this value exists")})
    ResponseEntity<IdTokenDtos.IdTokenResponse> create(@Valid @RequestBody IdTokenDtos.CreateIdTokenRequest request) {
        IdToken token = new IdToken(request.value(), request.type());
        // Values are unique across tenants: another tenant's value gets the very same conflict, and nothing else.
        if (tokens.find(token.value()).isPresent()) {
            throw alreadyExists(token);
        }
        TokenRecord created;
        try {
            created = tokens.create(Callers.tenant(), token, request.label(), Boolean.TRUE.equals(request.blocked()),
                    request.expiresAt(), request.groupId());
        } catch (IllegalStateException e) {
            // IdTokens.create: the value exists (created concurrently since the check above).
            throw alreadyExists(token);
        }
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/id-tokens/{value}")
                        .buildAndExpand(created.token().value()).encode().toUri())
                .body(IdTokenDtos.IdTokenResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "List tokens, ordered by value",
            responses = @ApiResponse(responseCode = "200", description = "A page of tokens", content = @Content(
                    examples = @ExampleObject(value = IdTokenDtos.LIST_EXAMPLE))))
    Page<IdTokenDtos.IdTokenResponse> list(
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(tokens.list(Callers.tenant(), after, limit + 1), limit, token -> token.token().value(),
                IdTokenDtos.IdTokenResponse::of);
    }

    @GetMapping("/{value}")
    @Operation(summary = "A token",
            responses = @ApiResponse(responseCode = "200", description = "The token", content = @Content(
                    examples = @ExampleObject(value = IdTokenDtos.TOKEN_EXAMPLE))))
    IdTokenDtos.IdTokenResponse get(@PathVariable String value) {
        return IdTokenDtos.IdTokenResponse.of(existing(value));
    }

    @PatchMapping("/{value}")
    @Operation(summary = "Change a token's label, blocking, expiry or group; absent fields stay unchanged",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = IdTokenDtos.PATCH_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The changed token", content = @Content(
                    examples = @ExampleObject(value = IdTokenDtos.TOKEN_EXAMPLE))))
    IdTokenDtos.IdTokenResponse update(@PathVariable String value,
                                       @Valid @RequestBody IdTokenDtos.IdTokenChanges changes) {
        existing(value);
        return IdTokenDtos.IdTokenResponse.of(tokens.update(value, changes.getLabel(), changes.getBlocked(),
                changes.getExpiresAt(), changes.clearsExpiry(), changes.getGroupId()));
    }

    private TokenRecord existing(String value) {
        return tokens.find(value).filter(token -> token.tenant().equals(Callers.tenant()))
                .orElseThrow(() -> IdTokenOwnership.missing(value));
    }

    private static ProblemException alreadyExists(IdToken token) {
        return new ProblemException(ProblemType.ID_TOKEN_ALREADY_EXISTS, "An id token " + token.masked() + " exists");
    }
}
