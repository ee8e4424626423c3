package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The published JSON of the API-keys resource. */
final class ApiKeyDtos {
    static final String CREATE_REQUEST_EXAMPLE = """
            {"name": "billing export", "scopes": ["billing:read", "sessions:read"]}""";
    static final String CREATED_EXAMPLE = """
            {"id": "0f8d3c52-8a1e-4a5b-9a55-7f0e2d4f9b10", "name": "billing export", "prefix": "bb_Xy7Qa",
             "scopes": ["billing:read", "sessions:read"], "createdAt": "2025-03-01T09:30:00Z",
             "key": "bb_Xy7Qa0nq3v6KuFzT2sJ9eWbLc8mRdH1pY4tG5oA7iZk"}""";
    static final String LIST_EXAMPLE = """
            {"items": [{"id": "0f8d3c52-8a1e-4a5b-9a55-7f0e2d4f9b10", "name": "billing export", "prefix": "bb_Xy7Qa",
              "scopes": ["admin"], "createdAt": "2025-03-01T09:30:00Z", "lastUsedAt": "2025-03-02T07:00:00Z",
              "active": true}], "next": null}""";

    private ApiKeyDtos() {
    }

    record CreateApiKey(
            @Schema(description = "What the key is for, e.g. the client that uses it", example = "billing export")
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "What the key may do (least privilege): admin, <area>:read or <area>:write, e.g. "
                    + "sessions:read, commands:write. Default: admin. A key can only grant what its creator holds.",
                    example = "[\"sessions:read\", \"billing:read\"]")
            @Size(max = 50) List<@NotBlank String> scopes) {
    }

    record ApiKeyResponse(UUID id, String name,
                          @Schema(description = "The key's first 8 characters, to tell keys apart") String prefix,
                          List<String> scopes, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                          boolean active) {
        static ApiKeyResponse of(ApiKey key) {
            return new ApiKeyResponse(key.id().value(), key.name(), key.prefix(), scopeLiterals(key), key.createdAt(),
                    key.lastUsedAt(), key.revokedAt(), key.active());
        }
    }

    record CreatedApiKey(UUID id, String name, String prefix, List<String> scopes, Instant createdAt,
                         @Schema(description = "The key in clear: shown this once, only its hash is kept") String key) {
        static CreatedApiKey of(ApiKeyIssuer.IssuedApiKey issued) {
            ApiKey key = issued.key();
            return new CreatedApiKey(key.id().value(), key.name(), key.prefix(), scopeLiterals(key), key.createdAt(),
                    issued.secret().value());
        }
    }

    private static List<String> scopeLiterals(ApiKey key) {
        return key.scopes().stream().map(Scope::literal).sorted().toList();
    }
}
