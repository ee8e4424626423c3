package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A credit note corrected an issued CDR: {@code amount} (VAT included, positive) is owed back to the payer of that
 * CDR. Published once per credit note, inside the transaction that stored it.
 *
 * @param account the CDR's account; null when it charged on none
 */
public record CreditNoteIssued(CreditNoteId creditNote, CdrId cdr, AccountId account, Money amount, String reason,
                               Instant issuedAt) {
    public CreditNoteIssued {
        Objects.requireNonNull(creditNote, "creditNote");
        Objects.requireNonNull(cdr, "cdr");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a credit note is for a positive amount");
        }
    }
}
