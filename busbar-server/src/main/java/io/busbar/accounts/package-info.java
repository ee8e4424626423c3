/**
 * Customer accounts: who pays for a session. A driver, a household or a fleet customer has one account with the
 * id tokens (RFID cards, app tokens) that charge on it; prepaid accounts pay from a wallet, post-paid ones are
 * invoiced. Billing (CDRs, invoices) and payments (ledger, wallets) find the account of a session through the
 * token it was started with. Holds no credentials: tokens are identifiers, not secrets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package io.busbar.accounts;
