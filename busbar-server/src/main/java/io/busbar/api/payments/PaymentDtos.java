package io.busbar.api.payments;

import io.busbar.payments.LedgerEntry;
import io.busbar.payments.TerminalAuthorization;
import io.busbar.payments.TopUp;
import io.busbar.payments.WalletBalance;
import io.busbar.tariffs.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the wallet and payment endpoints; amounts are decimals in the currency's units. */
final class PaymentDtos {
    static final String BALANCE_EXAMPLE = """
            {"accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "currency": "EUR", "cash": 20.00,
             "promotional": [{"promotionId": "5d1c6a8e-7b2f-4c3d-9e0a-1b2c3d4e5f60", "remaining": 5.00,
               "expiresAt": "2026-12-31T23:00:00Z", "reason": "welcome credit"}],
             "available": 25.00, "receivable": 0.00}""";
    static final String ENTRIES_EXAMPLE = """
            {"items": [{"id": 17, "journalId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "kind": "TOP_UP",
              "reference": "3f2e1d0c-b9a8-4765-8432-10fedcba9876", "ledgerAccount": "cash:0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b",
              "accountKind": "WALLET_CASH", "change": 20.00, "currency": "EUR", "postedAt": "2026-11-27T09:00:00Z"}],
             "next": null}""";
    static final String TOP_UP_REQUEST = """
            {"amount": 20.00, "paymentMethod": "4242424242424242"}""";
    static final String TOP_UP_EXAMPLE = """
            {"id": "3f2e1d0c-b9a8-4765-8432-10fedcba9876", "status": "COMPLETED", "amount": 20.00, "currency": "EUR",
             "paymentMethod": "****4242", "providerReference": "sbx_0f1e2d3c4b5a69788796a5b4c3d2e1f0",
             "createdAt": "2026-11-27T09:00:00Z"}""";
    static final String PROMOTION_REQUEST = """
            {"amount": 5.00, "expiresAt": "2026-12-31T23:00:00Z", "reason": "welcome credit"}""";
    static final String PROMOTION_EXAMPLE = """
            {"promotionId": "5d1c6a8e-7b2f-4c3d-9e0a-1b2c3d4e5f60"}""";
    static final String PAYMENT_REQUEST = """
            {"amount": 42.50, "reference": "INV-2026-11-0042/SEPA-778812"}""";
    static final String PAYMENT_EXAMPLE = """
            {"reference": "INV-2026-11-0042/SEPA-778812", "recorded": true, "balance": """ + BALANCE_EXAMPLE + "}";
    static final String AUTHORIZE_REQUEST = """
            {"chargerId": "CP-0001", "evseId": 1, "amount": 30.00, "currency": "EUR", "paymentMethod": "4242424242424242"}""";
    static final String AUTHORIZATION_EXAMPLE = """
            {"id": "7c6b5a49-3827-4160-9f8e-7d6c5b4a3928", "chargerId": "CP-0001", "evseId": 1, "amount": 30.00,
             "currency": "EUR", "paymentMethod": "****4242", "idToken": "PAY1A2B3C4D5E6F7081", "idTokenType": "CENTRAL",
             "status": "AUTHORIZED", "createdAt": "2026-11-27T09:00:00Z", "expiresAt": "2026-11-27T09:30:00Z"}""";

    private PaymentDtos() {
    }

    record BalanceResponse(UUID accountId, String currency, BigDecimal cash, List<Promotional> promotional,
                           @Schema(description = "cash + unexpired promotional credit") BigDecimal available,
                           @Schema(description = "what the customer owes") BigDecimal receivable) {
        static BalanceResponse of(WalletBalance b) {
            return new BalanceResponse(b.account().value(), b.cash().currency().getCurrencyCode(), b.cash().amount(),
                    b.promotional().stream().map(p -> new Promotional(p.promotion(), p.remaining().amount(),
                            p.expiresAt(), p.reason())).toList(), b.available().amount(), b.receivable().amount());
        }
    }

    record Promotional(UUID promotionId, BigDecimal remaining, Instant expiresAt, String reason) {
    }

    record EntryResponse(long id, UUID journalId, String kind, String reference, String ledgerAccount,
                         String accountKind,
                         @Schema(description = "effect on the ledger account's balance: positive raises it") BigDecimal change,
                         String currency, Instant postedAt) {
        static EntryResponse of(LedgerEntry e) {
            return new EntryResponse(e.id(), e.journal(), e.kind().name(), e.reference(), e.ledgerAccount(),
                    e.accountKind().name(), e.change().amount(), e.change().currency().getCurrencyCode(), e.postedAt());
        }
    }

    record TopUpRequest(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                        @Schema(description = "a card number or provider token; sandbox test cards in docs/payments.md")
                        @NotBlank @Size(max = 200) String paymentMethod) {
    }

    record TopUpResponse(UUID id, String status, BigDecimal amount, String currency, String paymentMethod,
                         String providerReference, String declineReason, Instant createdAt) {
        static TopUpResponse of(TopUp t) {
            return new TopUpResponse(t.id(), t.status().name(), t.amount().amount(),
                    t.amount().currency().getCurrencyCode(), t.paymentMethodMasked(), t.providerReference(),
                    t.declineReason(), t.createdAt());
        }
    }

    record PromotionRequest(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                            @NotNull Instant expiresAt, @NotBlank @Size(max = 500) String reason) {
    }

    record PromotionResponse(UUID promotionId) {
    }

    record PaymentRequest(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                          @Schema(description = "the payer's reference (bank transfer id, invoice number); unique")
                          @NotBlank @Size(max = 200) String reference) {
    }

    record PaymentResponse(String reference, boolean recorded, BalanceResponse balance) {
    }

    record AuthorizeRequest(@NotBlank @Size(max = 48) String chargerId, @Min(1) int evseId,
                            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                            @Schema(description = "ISO 4217; EUR when absent") @Pattern(regexp = "[A-Z]{3}") String currency,
                            @NotBlank @Size(max = 200) String paymentMethod) {
    }

    record AuthorizationResponse(UUID id, String chargerId, int evseId, BigDecimal amount, String currency,
                                 String paymentMethod,
                                 @Schema(description = "the id token the session charges with (registered, type CENTRAL)")
                                 String idToken, String idTokenType, String status, BigDecimal captured,
                                 UUID sessionId, Instant createdAt, Instant expiresAt, Instant settledAt) {
        static AuthorizationResponse of(TerminalAuthorization a) {
            Money captured = a.captured();
            return new AuthorizationResponse(a.id(), a.charger().value(), a.evseId(), a.amount().amount(),
                    a.amount().currency().getCurrencyCode(), a.paymentMethodMasked(), a.idTokenValue(), "CENTRAL",
                    a.status().name(), captured == null ? null : captured.amount(),
                    a.session() == null ? null : a.session().value(), a.createdAt(), a.expiresAt(), a.settledAt());
        }
    }
}
