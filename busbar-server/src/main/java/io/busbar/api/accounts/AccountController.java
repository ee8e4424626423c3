package io.busbar.api.accounts;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountKind;
import io.busbar.accounts.AccountNotFoundException;
import io.busbar.accounts.Accounts;
import io.busbar.accounts.NewAccount;
import io.busbar.accounts.TokenLinkException;
import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tokens.IdTokenOwnership;
import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokenType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Customer accounts: who pays for the sessions of the tokens linked to them. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = ApiTags.ACCOUNTS)
class AccountController {
    static final String CREATE_EXAMPLE = """
            {"name": "Fleet Logistics BV", "email": "billing@fleet.example", "kind": "POSTPAID", "currency": "EUR",
             "billingAddress": "Havenstraat 1, 1011 AA Amsterdam"}""";
    static final String ACCOUNT_EXAMPLE = """
            {"id": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "name": "Fleet Logistics BV",
             "email": "billing@fleet.example", "kind": "POSTPAID", "currency": "EUR",
             "billingAddress": "Havenstraat 1, 1011 AA Amsterdam", "createdAt": "2026-11-27T09:00:00Z",
             "tokens": ["********E6F7"]}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + ACCOUNT_EXAMPLE + "], \"next\": null}";

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    record CreateAccountRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "must be an e-mail address") String email,
            @Schema(description = "PREPAID (wallet) or POSTPAID (invoiced)") @NotNull AccountKind kind,
            @Schema(description = "ISO 4217 code") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Size(max = 1000) String billingAddress) {
    }

    record AccountResponse(UUID id, String name, String email, AccountKind kind, String currency,
                           String billingAddress, Instant createdAt,
                           @Schema(description = "Linked id tokens, masked: all but the last 4 characters hidden")
                           List<String> tokens) {
        static AccountResponse of(Account a) {
            return new AccountResponse(a.id().value(), a.name(), a.email(), a.kind(), a.currency().getCurrencyCode(),
                    a.billingAddress(), a.createdAt(),
                    a.tokens().stream().map(t -> new IdToken(t, IdTokenType.ISO14443).masked()).toList());
        }
    }

    @PostMapping
    @Operation(summary = "Open an account",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = CREATE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Opened", content = @Content(
                    examples = @ExampleObject(value = ACCOUNT_EXAMPLE))))
    ResponseEntity<AccountResponse> open(@Valid @org.springframework.web.bind.annotation.RequestBody CreateAccountRequest request) {
        Currency currency;
        try {
            currency = Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", "is not an ISO 4217 currency");
        }
        Account account;
        try {
            account = accounts.open(Callers.tenant(), new NewAccount(request.name(), request.email(), request.kind(),
                    currency,
                    request.billingAddress()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("account", e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(AccountResponse.of(account));
    }

    @GetMapping
    @Operation(summary = "Accounts, oldest first",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = LIST_EXAMPLE))))
    Page<AccountResponse> list(@RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        AccountId cursor = after == null ? null : id(after, "after");
        return Page.of(accounts.list(Callers.tenant(), cursor, limit + 1), limit, a -> a.id().toString(),
                AccountResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account",
            responses = @ApiResponse(responseCode = "200", description = "The account", content = @Content(
                    examples = @ExampleObject(value = ACCOUNT_EXAMPLE))))
    AccountResponse get(@PathVariable String id) {
        return AccountResponse.of(accounts.find(id(id, "id")).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/{id}/tokens/{idToken}")
    @Operation(summary = "Let a registered id token charge on this account; idempotent",
            responses = @ApiResponse(responseCode = "204", description = "Linked"))
    ResponseEntity<Void> link(@PathVariable String id, @PathVariable String idToken) {
        try {
            accounts.linkToken(id(id, "id"), idToken);
        } catch (AccountNotFoundException e) {
            throw notFound(id);
        } catch (TokenLinkException e) {
            throw e.unknownToken() ? IdTokenOwnership.missing(idToken) : new ProblemException(ProblemType.CONFLICT,
                    e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    @DeleteMapping("/{id}/tokens/{idToken}")
    @Operation(summary = "Stop a token charging on this account; idempotent",
            responses = {@ApiResponse(responseCode = "204", description = "Unlinked (or was not linked)"),
                    @ApiResponse(responseCode = "404", description = "No such account or registered id token")})
    ResponseEntity<Void> unlink(@PathVariable String id, @PathVariable String idToken) {
        try {
            accounts.unlinkToken(id(id, "id"), idToken);
        } catch (AccountNotFoundException e) {
            throw notFound(id);
        } catch (TokenLinkException e) {
            throw IdTokenOwnership.missing(idToken);
        }
        return ResponseEntity.noContent().build();
    }

    private static AccountId id(String text, String field) {
        try {
            return AccountId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not an account id");
        }
    }

    static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.ACCOUNT_NOT_FOUND, "No account " + id);
    }
}
