package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * An invoice for one account and the half-open period [from, to): every CDR (by session end) and credit note (by
 * issue time) of the account in the period that was on no earlier invoice. Never changes once issued.
 *
 * @param number gap-free per year: {@code INV-2026-000001}
 */
public record Invoice(InvoiceId id, String number, AccountId account, Instant from, Instant to, Currency currency,
                      List<InvoiceLine> lines, List<VatAmount> vatSummary, Money totalExclVat, Money totalVat,
                      Money totalInclVat, Instant issuedAt) {
    public Invoice {
        lines = List.copyOf(lines);
        vatSummary = List.copyOf(vatSummary);
    }
}
