package io.busbar.api.payments;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountNotFoundException;
import io.busbar.accounts.Accounts;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.payments.PaymentProviderException;
import io.busbar.payments.TopUp;
import io.busbar.payments.WalletUnavailableException;
import io.busbar.payments.Wallets;
import io.busbar.tariffs.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.function.Supplier;

/** Prepaid wallets (balance, entries, top-ups, promotional credit) and post-paid payments of an account. */
@RestController
@RequestMapping("/api/v1/accounts/{id}")
@Tag(name = ApiTags.PAYMENTS)
class WalletController {
    private final Wallets wallets;
    private final Accounts accounts;
    private final java.time.Clock clock;

    WalletController(Wallets wallets, Accounts accounts, java.time.Clock clock) {
        this.wallets = wallets;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/wallet")
    @Operation(summary = "The account's balance: cash, promotional credit by expiry, available, receivable",
            responses = @ApiResponse(responseCode = "200", description = "Summed from the ledger", content = @Content(
                    examples = @ExampleObject(value = PaymentDtos.BALANCE_EXAMPLE))))
    PaymentDtos.BalanceResponse balance(@PathVariable String id) {
        return handled(() -> PaymentDtos.BalanceResponse.of(wallets.balance(accountId(id))), id);
    }

    @GetMapping("/wallet/entries")
    @Operation(summary = "The account's ledger entries, oldest first, each with its journal kind and reference",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = PaymentDtos.ENTRIES_EXAMPLE))))
    Page<PaymentDtos.EntryResponse> entries(@PathVariable String id, @RequestParam(required = false) String after,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Long cursor;
        try {
            cursor = after == null ? null : Long.valueOf(after);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "is not a cursor from a previous page");
        }
        return handled(() -> Page.of(wallets.entries(accountId(id), cursor, limit + 1), limit,
                e -> Long.toString(e.id()), PaymentDtos.EntryResponse::of), id);
    }

    @PostMapping("/wallet/top-ups")
    @Operation(summary = "Top up a prepaid wallet through the payment provider; a repeated Idempotency-Key charges once",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = PaymentDtos.TOP_UP_REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Charged and credited", content = @Content(
                            examples = @ExampleObject(value = PaymentDtos.TOP_UP_EXAMPLE))),
                    @ApiResponse(responseCode = "200", description = "The top-up first made with this Idempotency-Key, "
                            + "when the API's own replay (the first answer, with Idempotent-Replayed) has expired",
                            content = @Content(examples = @ExampleObject(value = PaymentDtos.TOP_UP_EXAMPLE))),
                    @ApiResponse(responseCode = "402", description = "Declined; nothing credited")})
    ResponseEntity<PaymentDtos.TopUpResponse> topUp(
            @PathVariable String id,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @org.springframework.web.bind.annotation.RequestBody PaymentDtos.TopUpRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must have 1 to 200 characters");
        }
        return handled(() -> {
            AccountId account = accountId(id);
            Money amount = money(request.amount(), account);
            java.time.Instant started = clock.instant();
            TopUp topUp = wallets.topUp(account, amount, request.paymentMethod(), idempotencyKey);
            if (topUp.status() == TopUp.Status.DECLINED) {
                throw new ProblemException(ProblemType.PAYMENT_DECLINED, "Top-up declined: " + topUp.declineReason());
            }
            boolean replay = topUp.createdAt().isBefore(started);
            return ResponseEntity.status(replay ? HttpStatus.OK : HttpStatus.CREATED)
                    .location(URI.create("/api/v1/accounts/" + id + "/wallet/top-ups/" + topUp.id()))
                    .body(PaymentDtos.TopUpResponse.of(topUp));
        }, id);
    }

    @PostMapping("/wallet/promotions")
    @Operation(summary = "Grant promotional credit, spent before cash and lapsing at expiresAt",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = PaymentDtos.PROMOTION_REQUEST))),
            responses = @ApiResponse(responseCode = "201", description = "Granted", content = @Content(
                    examples = @ExampleObject(value = PaymentDtos.PROMOTION_EXAMPLE))))
    ResponseEntity<PaymentDtos.PromotionResponse> promotion(
            @PathVariable String id,
            @Valid @org.springframework.web.bind.annotation.RequestBody PaymentDtos.PromotionRequest request) {
        return handled(() -> {
            AccountId account = accountId(id);
            var promotion = wallets.grantPromotion(account, money(request.amount(), account), request.expiresAt(),
                    request.reason());
            return ResponseEntity.status(HttpStatus.CREATED).body(new PaymentDtos.PromotionResponse(promotion));
        }, id);
    }

    @PostMapping("/payments")
    @Operation(summary = "Record a post-paid invoice payment received; the same reference is recorded once",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = PaymentDtos.PAYMENT_REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(
                            examples = @ExampleObject(value = PaymentDtos.PAYMENT_EXAMPLE))),
                    @ApiResponse(responseCode = "200", description = "Already recorded under this reference",
                            content = @Content(examples = @ExampleObject(value = PaymentDtos.PAYMENT_EXAMPLE)))})
    ResponseEntity<PaymentDtos.PaymentResponse> payment(
            @PathVariable String id,
            @Valid @org.springframework.web.bind.annotation.RequestBody PaymentDtos.PaymentRequest request) {
        return handled(() -> {
            AccountId account = accountId(id);
            boolean recorded = wallets.recordPayment(account, money(request.amount(), account), request.reference());
            return ResponseEntity.status(recorded ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(new PaymentDtos.PaymentResponse(request.reference(), recorded,
                            PaymentDtos.BalanceResponse.of(wallets.balance(account))));
        }, id);
    }

    private Money money(BigDecimal amount, AccountId id) {
        Account account = accounts.require(id);
        try {
            return new Money(amount, account.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("amount", e.getMessage());
        }
    }

    private static AccountId accountId(String text) {
        try {
            return AccountId.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("id", "is not an account id");
        }
    }

    private static <T> T handled(Supplier<T> call, String id) {
        try {
            return call.get();
        } catch (AccountNotFoundException e) {
            throw new ProblemException(ProblemType.ACCOUNT_NOT_FOUND, "No account " + id);
        } catch (WalletUnavailableException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        } catch (PaymentProviderException e) {
            throw new ProblemException(ProblemType.PAYMENT_PROVIDER_FAILED, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("request", e.getMessage());
        }
    }
}
