package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.List;

/**
 * A correction of an issued CDR: {@code amount} (VAT included, positive) is owed back. Never changes once issued.
 *
 * @param number   gap-free per year: {@code CN-2026-000001}
 * @param vatSplit the amount per VAT rate of the CDR (positive amounts)
 */
public record CreditNote(CreditNoteId id, String number, CdrId cdr, String cdrNumber, AccountId account,
                         Money amount, Money vat, List<VatAmount> vatSplit, String reason, Instant issuedAt) {
    public CreditNote {
        vatSplit = List.copyOf(vatSplit);
    }
}
