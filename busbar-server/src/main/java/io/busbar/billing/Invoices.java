package io.busbar.billing;

import io.busbar.accounts.AccountId;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invoices per account and period. */
public interface Invoices {
    /**
     * Issues the invoice of the account for [from, to).
     *
     * @throws io.busbar.accounts.AccountNotFoundException for an unknown account
     * @throws NothingToInvoiceException                   when the period holds no CDR or credit note not yet invoiced
     */
    Invoice issue(AccountId account, Instant from, Instant to);

    Optional<Invoice> find(InvoiceId id);

    /**
     * In issue order; every argument but {@code limit} may be null (a null tenant: every tenant's, for Busbar's own
     * jobs). {@code from}/{@code to} bound the period's start.
     */
    List<Invoice> list(TenantId tenant, AccountId account, Instant from, Instant to, InvoiceId after, int limit);

    /** The invoice as a PDF document. @throws BillingDocumentNotFoundException for an unknown invoice */
    byte[] pdf(InvoiceId id);
}
