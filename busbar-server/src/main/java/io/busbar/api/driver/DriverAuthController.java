package io.busbar.api.driver;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverAuthentication;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.Drivers;
import io.busbar.drivers.NewDriver;
import io.busbar.platform.Password;
import io.busbar.drivers.PasswordResets;
import io.busbar.drivers.TokenPair;
import io.busbar.tenants.Tenant;
import io.busbar.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

/**
 * How a driver of a tenant's app gets and loses tokens. The tenant is named by its public slug. Answers carrying
 * tokens are {@code Cache-Control: no-store} (RFC 6749 §5.1).
 */
@RestController
@RequestMapping("/api/v1/driver/{tenantSlug}")
@Tag(name = DriverApiTags.AUTH)
class DriverAuthController {
    private final Tenants tenants;
    private final Drivers drivers;
    private final DriverAuthentication authentication;
    private final PasswordResets resets;
    private final Clock clock;

    DriverAuthController(Tenants tenants, Drivers drivers, DriverAuthentication authentication,
                         PasswordResets resets, Clock clock) {
        this.tenants = tenants;
        this.drivers = drivers;
        this.authentication = authentication;
        this.resets = resets;
        this.clock = clock;
    }

    @PostMapping("/signup")
    @Operation(summary = "Sign up as a driver of the tenant; answers the profile and a first token pair",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.SIGNUP_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Signed up and logged in", content = @Content(
                            examples = @ExampleObject(value = DriverAuthDtos.SIGNUP_RESULT_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The e-mail address has an account here")})
    ResponseEntity<DriverAuthDtos.SignupResponse> signUp(@PathVariable String tenantSlug,
                                                         @RequestBody DriverAuthDtos.SignupRequest request) {
        Tenant tenant = tenant(tenantSlug);
        Driver driver = drivers.signUp(tenant.id(), new NewDriver(request.email(), request.name(),
                Password.of(required(request.password(), "password"))));
        TokenPair tokens = authentication.login(tenant.id(), driver.email(), Password.presented(request.password()));
        return ResponseEntity.created(URI.create("/api/v1/driver/me")).cacheControl(CacheControl.noStore())
                .body(new DriverAuthDtos.SignupResponse(DriverAuthDtos.DriverProfile.of(driver),
                        DriverAuthDtos.TokenResponse.of(tokens, clock)));
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with e-mail and password",
            description = "A wrong password and an unknown e-mail get the same 401 answer.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.LOGIN_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "A token pair", content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.TOKENS_EXAMPLE))))
    ResponseEntity<DriverAuthDtos.TokenResponse> login(@PathVariable String tenantSlug,
                                                       @RequestBody DriverAuthDtos.LoginRequest request) {
        TokenPair tokens = authentication.login(tenant(tenantSlug).id(), request.email(),
                Password.presented(request.password()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(DriverAuthDtos.TokenResponse.of(tokens, clock));
    }

    @PostMapping("/token/refresh")
    @Operation(summary = "Trade a refresh token for a new pair (the old refresh token is spent)",
            description = "Presenting a spent refresh token again revokes every token of its login.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.REFRESH_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "A new token pair", content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.TOKENS_EXAMPLE))))
    ResponseEntity<DriverAuthDtos.TokenResponse> refresh(@PathVariable String tenantSlug,
                                                         @RequestBody DriverAuthDtos.RefreshRequest request) {
        TokenPair tokens = authentication.refresh(tenant(tenantSlug).id(), request.refreshToken());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(DriverAuthDtos.TokenResponse.of(tokens, clock));
    }

    @PostMapping("/logout")
    @Operation(summary = "Log out: revoke the refresh token (and every token rotated from the same login)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.REFRESH_EXAMPLE))),
            responses = @ApiResponse(responseCode = "204", description = "Logged out (also when already)"))
    ResponseEntity<Void> logout(@PathVariable String tenantSlug, @RequestBody DriverAuthDtos.RefreshRequest request) {
        DriverPrincipal driver = CurrentDriver.get();
        if (!tenant(tenantSlug).id().equals(driver.tenant())) {
            throw new ProblemException(ProblemType.TENANT_NOT_FOUND, "No tenant " + tenantSlug);
        }
        authentication.logout(driver, request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset")
    @Operation(summary = "E-mail a one-time password-reset link (valid 30 minutes)",
            description = "Always 202, whether or not the address has an account, so that nothing is revealed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.RESET_EXAMPLE))),
            responses = @ApiResponse(responseCode = "202", description = "Accepted"))
    ResponseEntity<Void> requestReset(@PathVariable String tenantSlug, @RequestBody DriverAuthDtos.ResetRequest request) {
        resets.request(tenant(tenantSlug).id(), request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @PostMapping("/password-reset/confirm")
    @Operation(summary = "Set a new password with the token from the e-mailed link; logs out every device",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.RESET_CONFIRM_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "204", description = "The password is changed"),
                    @ApiResponse(responseCode = "410", description = "The link was already used or has expired")})
    ResponseEntity<Void> confirmReset(@PathVariable String tenantSlug,
                                      @RequestBody DriverAuthDtos.ResetConfirmRequest request) {
        resets.confirm(tenant(tenantSlug).id(), request.token(), Password.of(required(request.password(), "password")));
        return ResponseEntity.noContent().build();
    }

    private Tenant tenant(String slug) {
        return tenants.findBySlug(slug)
                .orElseThrow(() -> new ProblemException(ProblemType.TENANT_NOT_FOUND, "No tenant " + slug));
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
