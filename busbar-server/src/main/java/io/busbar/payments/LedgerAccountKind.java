package io.busbar.payments;

/** The kinds of ledger account. Customer ones belong to an account; the others are per currency. */
public enum LedgerAccountKind {
    /** What a prepaid customer paid in and has not spent (credit-normal: a liability to the customer). */
    WALLET_CASH,
    /** One promotion's credit left to spend before it expires (credit-normal). */
    WALLET_PROMOTIONAL,
    /** What a customer owes (debit-normal): post-paid sessions, or a prepaid shortfall. */
    RECEIVABLE,
    /** Sessions sold (credit-normal). */
    REVENUE,
    /** Money the payment provider collected for us and has yet to pay out (debit-normal). */
    PROVIDER_CLEARING,
    /** The cost of promotional credit granted (debit-normal); expiries reverse the unspent part. */
    PROMOTIONS_EXPENSE;

    /** True when a credit raises the balance (wallets, revenue). */
    public boolean creditNormal() {
        return this == WALLET_CASH || this == WALLET_PROMOTIONAL || this == REVENUE;
    }
}
