package io.busbar.payments;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Customer money: prepaid wallets and post-paid receivables. Every change is a balanced ledger journal.
 * Methods taking an account throw {@link io.busbar.accounts.AccountNotFoundException} for an unknown one and
 * {@link IllegalArgumentException} for an amount that is not positive or not in the account's currency.
 */
public interface Wallets {
    WalletBalance balance(AccountId account);

    /** The account's entries (all its ledger accounts), oldest first; {@code after} an exclusive entry id. */
    List<LedgerEntry> entries(AccountId account, Long after, int limit);

    /**
     * Charges the payment method through the provider and credits the wallet. The same {@code idempotencyKey}
     * (may be null) for the same account returns the first top-up and charges once.
     *
     * @throws WalletUnavailableException when the account is not PREPAID
     * @throws PaymentProviderException   when the provider failed (nothing was credited)
     */
    TopUp topUp(AccountId account, Money amount, String paymentMethod, String idempotencyKey);

    /**
     * Grants promotional credit, spent before cash (earliest expiry first) and lapsing at {@code expiresAt}.
     *
     * @throws WalletUnavailableException when the account is not PREPAID
     */
    UUID grantPromotion(AccountId account, Money amount, Instant expiresAt, String reason);

    /**
     * Records a post-paid payment received; the same {@code reference} twice records it once.
     *
     * @return true when recorded now, false when the reference was already recorded
     */
    boolean recordPayment(AccountId account, Money amount, String reference);

    /** Posts PROMO_EXPIRY for what is left of every promotion expired at {@code now}; returns how many. */
    int expirePromotions(Instant now);
}
