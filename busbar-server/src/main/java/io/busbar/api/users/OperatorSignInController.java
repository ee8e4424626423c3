package io.busbar.api.users;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.platform.Password;
import io.busbar.tenants.InvalidLoginException;
import io.busbar.tenants.OperatorLogins;
import io.busbar.tenants.OperatorUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator users sign in for a session token used like an API key ({@code Authorization: Bearer bbs_...}), with the
 * scopes of their role. Outside API-key authentication (there are no credentials yet); rate-limited per address.
 */
@RestController
@Tag(name = ApiTags.USERS)
class OperatorSignInController {
    private final OperatorLogins logins;

    OperatorSignInController(OperatorLogins logins) {
        this.logins = logins;
    }

    @PostMapping("/api/v1/auth/login")
    @SecurityRequirements
    @Operation(summary = "Sign in: a session token with the scopes of the user's role",
            description = "An unknown tenant or e-mail, a wrong password and a disabled user all get the same 401.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = UserDtos.LOGIN_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(
                    examples = @ExampleObject(value = UserDtos.SESSION_EXAMPLE))))
    ResponseEntity<UserDtos.SessionResponse> login(@Valid @RequestBody UserDtos.Login request) {
        Password password;
        try {
            password = Password.presented(request.password());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("password", e.getMessage());
        }
        try {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(UserDtos.SessionResponse.of(logins.login(request.tenant(), request.email(), password)));
        } catch (InvalidLoginException e) {
            throw new ProblemException(ProblemType.INVALID_LOGIN, e.getMessage());
        }
    }

    @GetMapping("/api/v1/auth/session")
    @Operation(summary = "Who is signed in: the user of the bearer session token, with the scopes of their role",
            description = "For consoles and apps built on the API: what to show and which actions to offer.",
            responses = @ApiResponse(responseCode = "200", description = "The signed-in user", content = @Content(
                    examples = @ExampleObject(value = UserDtos.WHO_EXAMPLE))))
    ResponseEntity<UserDtos.SignedIn> session(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        // Outside the API-key filter (like login and logout): only a session token answers here.
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        OperatorUser user = (OperatorLogins.looksLikeSession(token) ? logins.authenticate(token)
                : java.util.Optional.<OperatorUser>empty())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED,
                        "The session is unknown, expired or ended: sign in again"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(UserDtos.SignedIn.of(user));
    }

    @PostMapping("/api/v1/auth/logout")
    @Operation(summary = "End the session of the bearer token (idempotent)",
            responses = @ApiResponse(responseCode = "204", description = "Ended"))
    ResponseEntity<Void> logout(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            logins.logout(authorization.substring(7).strip());
        }
        return ResponseEntity.noContent().build();
    }
}
