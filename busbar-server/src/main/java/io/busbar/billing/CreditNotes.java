package io.busbar.billing;

import io.busbar.tariffs.Money;

import java.util.List;

/** Corrections of issued CDRs. */
public interface CreditNotes {
    /**
     * Issues a credit note against the CDR and publishes {@link CreditNoteIssued} in the same transaction.
     *
     * @param amount VAT included; null for everything that is left to credit on the CDR
     * @throws BillingDocumentNotFoundException for an unknown CDR
     * @throws CreditNotAllowedException        when the amount exceeds what is left, or nothing is left
     */
    CreditNote issue(CdrId cdr, Money amount, String reason);

    List<CreditNote> forCdr(CdrId cdr);
}
