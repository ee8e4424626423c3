package io.busbar.api.billing;

import io.busbar.billing.Cdr;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CDRs as CSV for ERP import: RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled), a header row, a decimal point, ISO-8601 UTC times, one row per CDR.
 */
final class CdrCsv {
    static final String HEADER = "number,id,session_id,charger_id,evse_id,id_token,account_id,tariff_id,tariff_version,"
            + "started_at,ended_at,energy_kwh,currency,total_excl_vat,total_vat,total_incl_vat,credited,issued_at";

    private CdrCsv() {
    }

    static String write(List<Cdr> cdrs) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Cdr c : cdrs) {
            csv.append(Stream.of(c.number(), c.id(), c.session(), c.charger().value(), c.evseId(), c.idTokenMasked(),
                            c.account(), c.tariffId(), c.tariffVersion(), c.startedAt(), c.endedAt(),
                            c.energy().kilowattHours().toPlainString(), c.totalInclVat().currency().getCurrencyCode(),
                            c.totalExclVat().amount().toPlainString(), c.totalVat().amount().toPlainString(),
                            c.totalInclVat().amount().toPlainString(), c.credited().amount().toPlainString(), c.issuedAt())
                    .map(CdrCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
