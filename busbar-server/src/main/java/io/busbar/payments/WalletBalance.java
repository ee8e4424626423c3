package io.busbar.payments;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's money at an instant, summed from the ledger.
 *
 * @param promotional unexpired promotional credit left, earliest expiry first (the order it is spent in)
 * @param available   cash plus unexpired promotional credit: what sessions may still spend
 * @param receivable  what the customer owes (post-paid sessions, or a prepaid shortfall)
 */
public record WalletBalance(AccountId account, Money cash, List<PromotionalCredit> promotional, Money available,
                            Money receivable) {
    public WalletBalance {
        promotional = List.copyOf(promotional);
    }

    public record PromotionalCredit(UUID promotion, Money remaining, Instant expiresAt, String reason) {
    }
}
