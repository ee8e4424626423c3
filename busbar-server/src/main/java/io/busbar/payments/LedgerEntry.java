package io.busbar.payments;

import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry as a customer sees it.
 *
 * @param change the effect on the ledger account's balance: positive raises it (a top-up on the wallet), negative
 *               lowers it (a session charge)
 */
public record LedgerEntry(long id, UUID journal, JournalKind kind, String reference, String ledgerAccount,
                          LedgerAccountKind accountKind, Money change, Instant postedAt) {
}
