package io.busbar.accounts;

/** How an account pays. */
public enum AccountKind {
    /** Pays from a wallet topped up in advance; sessions stop before the balance would go negative. */
    PREPAID,
    /** Charges on credit and receives an invoice per period (RFID and fleet customers). */
    POSTPAID
}
