package io.busbar.api.billing;

import io.busbar.billing.Cdr;

import java.util.List;

/** CDRs as CSV for ERP import ({@link Csv} rules): a header row, then one row per CDR. Amounts VAT included where named so. */
final class CdrCsv {
    static final String HEADER = "number,id,session_id,charger_id,evse_id,id_token,account_id,tariff_id,tariff_version,"
            + "started_at,ended_at,energy_kwh,currency,total_excl_vat,total_vat,total_incl_vat,credited,issued_at";

    private CdrCsv() {
    }

    static String write(List<Cdr> cdrs) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Cdr c : cdrs) {
            csv.append(Csv.row(c.number(), c.id(), c.session(), c.charger().value(), c.evseId(), c.idTokenMasked(),
                    c.account(), c.tariffId(), c.tariffVersion(), c.startedAt(), c.endedAt(), c.energy().kilowattHours(),
                    c.totalInclVat().currency().getCurrencyCode(), c.totalExclVat().amount(), c.totalVat().amount(),
                    c.totalInclVat().amount(), c.credited().amount(), c.issuedAt()));
        }
        return csv.toString();
    }
}
