package io.busbar.api.billing;

import io.busbar.billing.Invoice;
import io.busbar.billing.InvoiceLine;

import java.util.List;

/**
 * Invoices as CSV for ERP import ({@link Csv} rules): a header row, then one row per invoice line with its invoice's
 * number, account, dates and totals repeated, so one file carries headers and lines. Credit note lines are negative.
 */
final class InvoiceCsv {
    static final String HEADER = "invoice_number,invoice_id,account_id,issued_at,period_from,period_to,currency,"
            + "invoice_total_excl_vat,invoice_total_vat,invoice_total_incl_vat,line,line_kind,document_number,date,"
            + "charger_id,energy_kwh,text,excl_vat,vat,incl_vat";

    private InvoiceCsv() {
    }

    static String write(List<Invoice> invoices) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Invoice i : invoices) {
            int position = 0;
            for (InvoiceLine l : i.lines()) {
                csv.append(Csv.row(i.number(), i.id(), i.account(), i.issuedAt(), i.from(), i.to(),
                        i.currency().getCurrencyCode(), i.totalExclVat().amount(), i.totalVat().amount(),
                        i.totalInclVat().amount(), ++position, l.kind(), l.number(), l.date(), l.charger().value(),
                        l.energy().kilowattHours(), l.text(), l.exclVat().amount(), l.vat().amount(), l.inclVat().amount()));
            }
        }
        return csv.toString();
    }
}
