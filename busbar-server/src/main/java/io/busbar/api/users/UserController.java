package io.busbar.api.users;

import io.busbar.api.keys.Caller;
import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.platform.Password;
import io.busbar.tenants.OperatorUser;
import io.busbar.tenants.OperatorUsers;
import io.busbar.tenants.Role;
import io.busbar.tenants.Scope;
import io.busbar.tenants.UserEmailTakenException;
import io.busbar.tenants.UserId;
import io.busbar.tenants.UserNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = ApiTags.USERS, description = "People of your tenant who sign in to the API and the console with a role: "
        + "ADMIN (everything), OPERATOR (runs the network), SUPPORT (helps drivers), READ_ONLY.")
class UserController {
    private final OperatorUsers users;

    UserController(OperatorUsers users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Create a user with a role and an initial password (never shown again)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = UserDtos.CREATE_EXAMPLE))),
            responses = {@ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = UserDtos.USER_EXAMPLE))),
                    @ApiResponse(responseCode = "403", description = "A role with more rights than the caller's"),
                    @ApiResponse(responseCode = "409", description = "The e-mail is taken in your tenant")})
    ResponseEntity<UserDtos.UserResponse> create(@Valid @RequestBody UserDtos.CreateUser request) {
        Role role = grantable(role(request.role()));
        Password password = password(request.password());
        try {
            OperatorUser user = users.create(Callers.tenant(), request.email(), request.name(), role, password);
            return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserDtos.UserResponse.of(user));
        } catch (UserEmailTakenException e) {
            throw new ProblemException(ProblemType.USER_EMAIL_TAKEN, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "Your tenant's users, by creation",
            responses = @ApiResponse(responseCode = "200", description = "The users", content = @Content(
                    examples = @ExampleObject(value = UserDtos.LIST_EXAMPLE))))
    Page<UserDtos.UserResponse> list() {
        return Page.all(users.list(Callers.tenant()).stream().map(UserDtos.UserResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A user",
            responses = @ApiResponse(responseCode = "200", description = "The user", content = @Content(
                    examples = @ExampleObject(value = UserDtos.USER_EXAMPLE))))
    UserDtos.UserResponse get(@PathVariable UUID id) {
        return users.find(Callers.tenant(), new UserId(id)).map(UserDtos.UserResponse::of)
                .orElseThrow(() -> UserOwnership.notFoundProblem(id.toString()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a user's role, or disable (ends their sessions at once) or re-enable them",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = UserDtos.CHANGE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The user", content = @Content(
                    examples = @ExampleObject(value = UserDtos.USER_EXAMPLE))))
    UserDtos.UserResponse change(@PathVariable UUID id, @Valid @RequestBody UserDtos.ChangeUser request) {
        Role role = request.role() == null ? null : grantable(role(request.role()));
        try {
            return UserDtos.UserResponse.of(users.change(Callers.tenant(), new UserId(id), role, request.disabled()));
        } catch (UserNotFoundException e) {
            throw UserOwnership.notFoundProblem(id.toString());
        }
    }

    /** Least privilege: nobody makes a user mightier than themselves. */
    private static Role grantable(Role role) {
        Caller caller = Callers.caller();
        for (Scope scope : role.scopes()) {
            if (!caller.mayGrant(scope)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "You cannot give the role " + role
                        + ": it holds the scope '" + scope + "', which you do not");
            }
        }
        return role;
    }

    private static Role role(String literal) {
        try {
            return Role.valueOf(literal.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("role", "must be ADMIN, OPERATOR, SUPPORT or READ_ONLY");
        }
    }

    static Password password(String value) {
        try {
            return Password.of(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("password", e.getMessage());
        }
    }
}
