package io.busbar.api.driver;

import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverCards;
import io.busbar.drivers.DriverPrincipal;
import io.busbar.drivers.Drivers;
import io.busbar.drivers.InvalidCredentialsException;
import io.busbar.payments.Wallets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The authenticated driver's profile, tokens and wallet. */
@RestController
@RequestMapping("/api/v1/driver/me")
@Tag(name = DriverApiTags.ME)
class DriverMeController {
    private final Drivers drivers;
    private final DriverCards cards;
    private final Wallets wallets;

    DriverMeController(Drivers drivers, DriverCards cards, Wallets wallets) {
        this.drivers = drivers;
        this.cards = cards;
        this.wallets = wallets;
    }

    @GetMapping
    @Operation(summary = "The driver's profile",
            responses = @ApiResponse(responseCode = "200", description = "The profile", content = @Content(
                    examples = @ExampleObject(value = DriverAuthDtos.PROFILE_EXAMPLE))))
    DriverAuthDtos.DriverProfile profile() {
        return DriverAuthDtos.DriverProfile.of(driver());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The driver's tokens: the app token (masked) and RFID cards",
            responses = @ApiResponse(responseCode = "200", description = "All of them", content = @Content(
                    examples = @ExampleObject(value = DriverMeDtos.TOKENS_EXAMPLE))))
    Page<DriverMeDtos.CardResponse> tokens() {
        return Page.all(cards.list(CurrentDriver.get()).stream().map(DriverMeDtos.CardResponse::of).toList());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Add an RFID card by its UID; it charges on the driver's wallet",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DriverMeDtos.ADD_CARD_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Added (or already the driver's)",
                            content = @Content(examples = @ExampleObject(value = DriverMeDtos.CARD_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "The card is registered otherwise")})
    ResponseEntity<DriverMeDtos.CardResponse> addCard(@RequestBody DriverMeDtos.AddCardRequest request) {
        var card = cards.add(CurrentDriver.get(), request.uid(), request.label());
        return ResponseEntity.created(URI.create("/api/v1/driver/me/tokens/" + card.value()))
                .body(DriverMeDtos.CardResponse.of(card));
    }

    @DeleteMapping("/tokens/{uid}")
    @Operation(summary = "Remove a card: it is blocked and no longer charges; its sessions stay in the history",
            responses = @ApiResponse(responseCode = "204", description = "Removed"))
    ResponseEntity<Void> removeCard(@PathVariable String uid) {
        if (!cards.remove(CurrentDriver.get(), uid)) {
            throw new ProblemException(ProblemType.ID_TOKEN_NOT_FOUND, "The driver has no card " + uid);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/wallet")
    @Operation(summary = "The wallet balance",
            responses = @ApiResponse(responseCode = "200", description = "The balance now", content = @Content(
                    examples = @ExampleObject(value = DriverMeDtos.WALLET_EXAMPLE))))
    DriverMeDtos.WalletResponse wallet() {
        return DriverMeDtos.WalletResponse.of(wallets.balance(driver().account()));
    }

    @GetMapping("/wallet/entries")
    @Operation(summary = "Wallet entries (top-ups, session charges, refunds), oldest first",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = DriverMeDtos.ENTRIES_EXAMPLE))))
    Page<DriverMeDtos.EntryResponse> entries(@RequestParam(required = false) Long after,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        var entries = wallets.entries(driver().account(), after, limit + 1);
        return Page.of(entries, limit, entry -> Long.toString(entry.id()), DriverMeDtos.EntryResponse::of);
    }

    private Driver driver() {
        DriverPrincipal principal = CurrentDriver.get();
        return drivers.find(principal.tenant(), principal.driver())
                .orElseThrow(() -> new InvalidCredentialsException("The driver no longer exists"));
    }
}
