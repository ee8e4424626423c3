/**
 * Wallets and payments: a double-entry ledger (balances are sums of append-only entries, each journal balanced and
 * unique per kind and reference), prepaid wallets with promotional credit, post-paid receivables, the ad hoc
 * payment-terminal flow behind a {@link io.busbar.payments.PaymentProvider} port, and the prepaid guard that stops a
 * session before its wallet or authorization runs out. Settles {@link io.busbar.billing.CdrIssued} and
 * {@link io.busbar.billing.CreditNoteIssued}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package io.busbar.payments;
