/**
 * Billing: a charge detail record (CDR) per finished session, priced by the tariff version in force when it ran and
 * immutable once issued; corrections as credit notes; invoices per account and period (PDF, CSV/JSON export for
 * ERP). Publishes {@link io.busbar.billing.CdrIssued} and {@link io.busbar.billing.CreditNoteIssued} so payments can
 * settle them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package io.busbar.billing;
