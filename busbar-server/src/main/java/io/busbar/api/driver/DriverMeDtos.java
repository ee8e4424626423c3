package io.busbar.api.driver;

import io.swagger.v3.oas.annotations.media.Schema;
import io.busbar.drivers.DriverCard;
import io.busbar.payments.LedgerEntry;
import io.busbar.payments.WalletBalance;
import io.busbar.tariffs.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the driver's profile, tokens and wallet operations. */
final class DriverMeDtos {
    static final String TOKENS_EXAMPLE = """
            {"items": [{"value": "********9F3A", "kind": "APP", "label": "App", "addedAt": "2026-11-27T09:00:00Z"},
                       {"value": "04A1B2C3D4E5F6", "kind": "CARD", "label": "Blue card",
                        "addedAt": "2026-11-27T09:05:00Z"}], "next": null}""";
    static final String ADD_CARD_EXAMPLE = """
            {"uid": "04A1B2C3D4E5F6", "label": "Blue card"}""";
    static final String CARD_EXAMPLE = """
            {"value": "04A1B2C3D4E5F6", "kind": "CARD", "label": "Blue card", "addedAt": "2026-11-27T09:05:00Z"}""";
    static final String WALLET_EXAMPLE = """
            {"currency": "EUR", "cash": 44.76, "promotional": 0.00, "available": 44.76, "receivable": 0.00}""";
    static final String ENTRIES_EXAMPLE = """
            {"items": [{"id": 17, "kind": "TOP_UP", "account": "WALLET_CASH", "change": 50.00, "currency": "EUR",
                        "postedAt": "2026-11-27T09:10:00Z"},
                       {"id": 21, "kind": "SESSION_CHARGE", "account": "WALLET_CASH", "change": -5.24, "currency": "EUR",
                        "postedAt": "2026-11-27T10:40:00Z"}], "next": null}""";

    private DriverMeDtos() {
    }

    record AddCardRequest(String uid, String label) {
    }

    record CardResponse(String value, DriverCard.Kind kind, String label, Instant addedAt) {
        static CardResponse of(DriverCard card) {
            return new CardResponse(card.value(), card.kind(), card.label(), card.addedAt());
        }
    }

    record WalletResponse(String currency, BigDecimal cash, BigDecimal promotional, BigDecimal available,
                          BigDecimal receivable) {
        static WalletResponse of(WalletBalance balance) {
            Money promotional = balance.promotional().stream().map(WalletBalance.PromotionalCredit::remaining)
                    .reduce(Money.zero(balance.cash().currency()), Money::plus);
            return new WalletResponse(balance.cash().currency().getCurrencyCode(), balance.cash().amount(),
                    promotional.amount(), balance.available().amount(), balance.receivable().amount());
        }
    }

    /**
     * A wallet entry as the driver sees it.
     *
     * @param account WALLET_CASH, WALLET_PROMOTIONAL or RECEIVABLE: which of the driver's balances it changed
     */
    @Schema(name = "DriverWalletEntry")
    record EntryResponse(long id, UUID journalId, String kind, String account, BigDecimal change, String currency,
                         Instant postedAt) {
        static EntryResponse of(LedgerEntry entry) {
            return new EntryResponse(entry.id(), entry.journal(), entry.kind().name(), entry.accountKind().name(),
                    entry.change().amount(), entry.change().currency().getCurrencyCode(), entry.postedAt());
        }
    }
}
