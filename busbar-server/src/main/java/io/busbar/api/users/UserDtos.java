package io.busbar.api.users;

import io.busbar.tenants.OperatorLogins;
import io.busbar.tenants.OperatorUser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of operator users and their sign-in. Passwords go in, never out. */
final class UserDtos {
    static final String CREATE_EXAMPLE = """
            {"email": "sam@voltway.example", "name": "Sam Support", "role": "SUPPORT",
             "password": "correct horse battery staple"}""";
    static final String USER_EXAMPLE = """
            {"id": "3c0e7a9e-5b0f-4a8e-9d63-0b1f7a2c4e55", "email": "sam@voltway.example", "name": "Sam Support",
             "role": "SUPPORT", "active": true, "createdAt": "2026-03-01T09:00:00Z",
             "lastLoginAt": "2026-03-02T07:55:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + USER_EXAMPLE + "], \"next\": null}";
    static final String CHANGE_EXAMPLE = """
            {"role": "READ_ONLY", "disabled": false}""";
    static final String LOGIN_EXAMPLE = """
            {"tenant": "voltway", "email": "sam@voltway.example", "password": "correct horse battery staple"}""";
    static final String SESSION_EXAMPLE = """
            {"token": "bbs_J7w2kX9yQ4mZ0pL5sT8vR1nB6cF3hD0aE2gU4iO7qW", "expiresAt": "2026-03-02T15:55:00Z",
             "user": {"id": "3c0e7a9e-5b0f-4a8e-9d63-0b1f7a2c4e55", "email": "sam@voltway.example",
                      "name": "Sam Support", "role": "SUPPORT", "active": true, "createdAt": "2026-03-01T09:00:00Z"}}""";

    private UserDtos() {
    }

    record CreateUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
                      @Schema(description = "ADMIN, OPERATOR, SUPPORT or READ_ONLY") @NotNull String role,
                      @Schema(description = "8 to 128 characters; stored as an Argon2id hash, never shown again")
                      @NotNull String password) {
        @Override
        public String toString() {
            return "CreateUser[email=" + email + ", role=" + role + "]";
        }
    }

    record ChangeUser(@Schema(description = "ADMIN, OPERATOR, SUPPORT or READ_ONLY") String role,
                      @Schema(description = "true ends every session of the user at once") Boolean disabled) {
    }

    record Login(@Schema(description = "the tenant's slug") @NotBlank String tenant, @NotBlank String email,
                 @NotNull String password) {
        @Override
        public String toString() {
            return "Login[tenant=" + tenant + ", email=" + email + "]";
        }
    }

    record UserResponse(UUID id, String email, String name, String role, boolean active, Instant createdAt,
                        Instant lastLoginAt) {
        static UserResponse of(OperatorUser user) {
            return new UserResponse(user.id().value(), user.email(), user.name(), user.role().name(), user.active(),
                    user.createdAt(), user.lastLoginAt());
        }
    }

    @Schema(name = "OperatorSession")

    record SessionResponse(@Schema(description = "Bearer token for /api/v1: shown once") String token,
                           Instant expiresAt, UserResponse user) {
        static SessionResponse of(OperatorLogins.OperatorSession session) {
            return new SessionResponse(session.token(), session.expiresAt(), UserResponse.of(session.user()));
        }
    }

    static final String WHO_EXAMPLE = """
            {"user": {"id": "6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "email": "ops@voltway.example", "name": "Ops",
             "role": "OPERATOR", "active": true, "createdAt": "2026-11-20T09:00:00Z"},
             "tenant": "5b2c6a7e-1b4d-4e5f-8a9b-0c1d2e3f4a5b", "scopes": ["chargers:write", "commands:write"]}""";

    record SignedIn(UserResponse user, String tenant, java.util.List<String> scopes) {
        static SignedIn of(io.busbar.tenants.OperatorUser user) {
            return new SignedIn(UserResponse.of(user), user.tenant().toString(),
                    user.role().scopes().stream().map(io.busbar.tenants.Scope::literal).sorted().toList());
        }
    }
}
