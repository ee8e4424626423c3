package io.busbar.api.driver;

import io.busbar.drivers.Driver;
import io.busbar.drivers.TokenPair;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the driver sign-up, login, refresh, logout and reset operations. Passwords never appear in toString. */
final class DriverAuthDtos {
    static final String SIGNUP_EXAMPLE = """
            {"email": "jane@example.com", "name": "Jane Doe", "password": "correct horse battery staple"}""";
    static final String LOGIN_EXAMPLE = """
            {"email": "jane@example.com", "password": "correct horse battery staple"}""";
    static final String TOKENS_EXAMPLE = """
            {"accessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJidXNiYXIiLCJzdWIiOiI3YjFlIn0.c2lnbmF0dXJl",
             "tokenType": "Bearer", "expiresIn": 900, "accessTokenExpiresAt": "2026-11-27T09:15:00Z",
             "refreshToken": "bbr_Hq2x9vLr0c8uKQ3nY5tZ1wA7mE4sB6dF2gJ8kP0oR3i",
             "refreshTokenExpiresAt": "2026-12-27T09:00:00Z"}""";
    static final String PROFILE_EXAMPLE = """
            {"id": "7b1e4c2a-9d3f-4e8b-a1c5-2f6d8e0b3a7c", "email": "jane@example.com", "name": "Jane Doe",
             "accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "createdAt": "2026-11-27T09:00:00Z"}""";
    static final String SIGNUP_RESULT_EXAMPLE = "{\"driver\": " + PROFILE_EXAMPLE + ", \"tokens\": " + TOKENS_EXAMPLE + "}";
    static final String REFRESH_EXAMPLE = """
            {"refreshToken": "bbr_Hq2x9vLr0c8uKQ3nY5tZ1wA7mE4sB6dF2gJ8kP0oR3i"}""";
    static final String RESET_EXAMPLE = """
            {"email": "jane@example.com"}""";
    static final String RESET_CONFIRM_EXAMPLE = """
            {"token": "bbp_5kQm2Zr8Yb1Lx0cV7nT3wS9aE4uD6fH2gJ8iK0oP3q", "password": "a new long passphrase"}""";

    private DriverAuthDtos() {
    }

    record SignupRequest(String email, String name, @Schema(minLength = 8, maxLength = 128) String password) {
        @Override
        public String toString() {
            return "SignupRequest[email=" + email + "]";
        }
    }

    record LoginRequest(String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + "]";
        }
    }

    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest";
        }
    }

    @Schema(name = "DriverPasswordResetRequest")

    record ResetRequest(String email) {
    }

    record ResetConfirmRequest(String token, @Schema(minLength = 8, maxLength = 128) String password) {
        @Override
        public String toString() {
            return "ResetConfirmRequest";
        }
    }

    /** OAuth 2.0-style token answer (RFC 6749 §5.1), camelCase like the rest of the API. */
    record TokenResponse(String accessToken, String tokenType,
                         @Schema(description = "Seconds until the access token expires") long expiresIn,
                         Instant accessTokenExpiresAt, String refreshToken, Instant refreshTokenExpiresAt) {
        static TokenResponse of(TokenPair pair, Clock clock) {
            return new TokenResponse(pair.accessToken(), "Bearer",
                    Math.max(0, Duration.between(clock.instant(), pair.accessTokenExpiresAt()).toSeconds()),
                    pair.accessTokenExpiresAt(), pair.refreshToken(), pair.refreshTokenExpiresAt());
        }

        @Override
        public String toString() {
            return "TokenResponse[until " + accessTokenExpiresAt + "]";
        }
    }

    record DriverProfile(UUID id, String email, String name, UUID accountId, Instant createdAt) {
        static DriverProfile of(Driver driver) {
            return new DriverProfile(driver.id().value(), driver.email(), driver.name(), driver.account().value(),
                    driver.createdAt());
        }
    }

    record SignupResponse(DriverProfile driver, TokenResponse tokens) {
    }
}
