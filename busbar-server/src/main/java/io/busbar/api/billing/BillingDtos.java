package io.busbar.api.billing;

import io.busbar.billing.Cdr;
import io.busbar.billing.CreditNote;
import io.busbar.billing.Invoice;
import io.busbar.billing.InvoiceLine;
import io.busbar.billing.VatAmount;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.PricedPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The published JSON of CDRs, credit notes and invoices. Amounts are {"amount": decimal, "currency": ISO 4217}. */
final class BillingDtos {
    static final String TAG = "CDRs and invoices";

    static final String CDR_EXAMPLE = """
            {"id": "3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "number": "CDR-2026-000001",
             "sessionId": "9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "chargerId": "CP-1", "evseId": 1, "idToken": "****E6F7",
             "accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "tariffId": "retail", "tariffVersion": 1,
             "pricingNote": "EVSE CP-1#1 is assigned tariff retail (version 1) from 2026-01-01T00:00:00Z",
             "startedAt": "2026-11-27T09:00:00Z", "endedAt": "2026-11-27T10:00:00Z", "energyKwh": 22.000,
             "periods": [{"start": "2026-11-27T09:00:00Z", "end": "2026-11-27T10:00:00Z", "activity": "CHARGING",
               "elementByDimension": {"ENERGY": 0}, "energyWh": 22000.000, "chargingTime": "PT1H", "idleTime": "PT0S",
               "billableIdleTime": "PT0S", "energyPricePerKwh": 0.39}],
             "lines": [{"dimension": "ENERGY", "elementIndex": 0, "componentIndex": 0, "quantity": 22000, "unit": "WATT_HOUR",
               "unitPrice": 0.39, "vatPercent": 19, "exclVat": {"amount": 8.58, "currency": "EUR"}, "vat": {"amount": 1.63, "currency": "EUR"},
               "inclVat": {"amount": 10.21, "currency": "EUR"}}],
             "adjustments": [],
             "vatSplit": [{"vatPercent": 19, "exclVat": {"amount": 8.58, "currency": "EUR"}, "vat": {"amount": 1.63, "currency": "EUR"},
               "inclVat": {"amount": 10.21, "currency": "EUR"}}],
             "totalExclVat": {"amount": 8.58, "currency": "EUR"}, "totalVat": {"amount": 1.63, "currency": "EUR"},
             "totalInclVat": {"amount": 10.21, "currency": "EUR"}, "credited": {"amount": 0.00, "currency": "EUR"},
             "creditable": {"amount": 10.21, "currency": "EUR"}, "issuedAt": "2026-11-27T10:00:01Z"}""";
    static final String CDR_PAGE_EXAMPLE = "{\"items\": [" + CDR_EXAMPLE + "], \"next\": null}";
    static final String CSV_EXAMPLE = CdrCsv.HEADER + "\r\n"
            + "CDR-2026-000001,3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c,9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d,CP-1,1,****E6F7,"
            + "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b,retail,1,2026-11-27T09:00:00Z,2026-11-27T10:00:00Z,22.000,EUR,"
            + "8.58,1.63,10.21,0.00,2026-11-27T10:00:01Z\r\n";
    static final String INVOICE_CSV_EXAMPLE = InvoiceCsv.HEADER + "\r\n"
            + "INV-2026-000001,1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b,2026-12-01T06:00:00Z,"
            + "2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,EUR,7.32,1.39,8.71,1,CDR,CDR-2026-000001,2026-11-27T10:00:00Z,CP-1,"
            + "22.000,\"Charging at CP-1 EVSE 1, 22.000 kWh\",8.58,1.63,10.21\r\n"
            + "INV-2026-000001,1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b,2026-12-01T06:00:00Z,"
            + "2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,EUR,7.32,1.39,8.71,2,CREDIT_NOTE,CN-2026-000001,2026-11-28T08:00:00Z,"
            + "CP-1,0.000,Credit for CDR-2026-000001: goodwill refund,-1.26,-0.24,-1.50\r\n";
    static final String CREDIT_REQUEST_EXAMPLE = """
            {"amount": "1.50", "reason": "Charger fault: session interrupted, goodwill refund"}""";
    static final String CREDIT_NOTE_EXAMPLE = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "number": "CN-2026-000001",
             "cdrId": "3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "cdrNumber": "CDR-2026-000001",
             "accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "amount": {"amount": 1.50, "currency": "EUR"},
             "vat": {"amount": 0.24, "currency": "EUR"},
             "vatSplit": [{"vatPercent": 19, "exclVat": {"amount": 1.26, "currency": "EUR"}, "vat": {"amount": 0.24, "currency": "EUR"},
               "inclVat": {"amount": 1.50, "currency": "EUR"}}],
             "reason": "Charger fault: session interrupted, goodwill refund", "issuedAt": "2026-11-28T08:00:00Z"}""";
    static final String INVOICE_REQUEST_EXAMPLE = """
            {"accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z"}""";
    static final String INVOICE_EXAMPLE = """
            {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "number": "INV-2026-000001",
             "accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z",
             "currency": "EUR",
             "lines": [{"kind": "CDR", "document": "3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c", "number": "CDR-2026-000001",
               "date": "2026-11-27T10:00:00Z", "chargerId": "CP-1", "energyKwh": 22.000,
               "text": "Charging at CP-1 EVSE 1, 22.000 kWh", "exclVat": {"amount": 8.58, "currency": "EUR"},
               "vat": {"amount": 1.63, "currency": "EUR"}, "inclVat": {"amount": 10.21, "currency": "EUR"}},
              {"kind": "CREDIT_NOTE", "document": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "number": "CN-2026-000001",
               "date": "2026-11-28T08:00:00Z", "chargerId": "CP-1", "energyKwh": 0,
               "text": "Credit for CDR-2026-000001: goodwill refund", "exclVat": {"amount": -1.26, "currency": "EUR"},
               "vat": {"amount": -0.24, "currency": "EUR"}, "inclVat": {"amount": -1.50, "currency": "EUR"}}],
             "vatSummary": [{"vatPercent": 19, "exclVat": {"amount": 7.32, "currency": "EUR"}, "vat": {"amount": 1.39, "currency": "EUR"},
               "inclVat": {"amount": 8.71, "currency": "EUR"}}],
             "totalExclVat": {"amount": 7.32, "currency": "EUR"}, "totalVat": {"amount": 1.39, "currency": "EUR"},
             "totalInclVat": {"amount": 8.71, "currency": "EUR"}, "issuedAt": "2026-12-01T06:00:00Z"}""";
    static final String INVOICE_PAGE_EXAMPLE = "{\"items\": [" + INVOICE_EXAMPLE + "], \"next\": null}";

    private BillingDtos() {
    }

    record CdrResponse(UUID id, String number, UUID sessionId, String chargerId, int evseId,
                       @Schema(description = "The token, all but the last 4 characters hidden") String idToken,
                       UUID accountId, String tariffId, Integer tariffVersion,
                       @Schema(description = "Why the tariff applied, or \"no tariff: ...\" for a CDR at zero") String pricingNote,
                       Instant startedAt, Instant endedAt, BigDecimal energyKwh, List<PricedPeriod> periods,
                       List<PriceLine> lines, List<PriceLimitAdjustment> adjustments, List<VatAmount> vatSplit,
                       Money totalExclVat, Money totalVat, Money totalInclVat,
                       @Schema(description = "Sum of the credit notes issued against this CDR") Money credited,
                       @Schema(description = "What credit notes may still give back") Money creditable,
                       Instant issuedAt) {
        static CdrResponse of(Cdr c) {
            return new CdrResponse(c.id().value(), c.number(), c.session().value(), c.charger().value(), c.evseId(),
                    c.idTokenMasked(), c.account() == null ? null : c.account().value(),
                    c.tariffId() == null ? null : c.tariffId().value(), c.tariffVersion(), c.pricingNote(),
                    c.startedAt(), c.endedAt(), c.energy().kilowattHours(), c.periods(), c.lines(), c.adjustments(),
                    c.vatSplit(), c.totalExclVat(), c.totalVat(), c.totalInclVat(), c.credited(), c.creditable(),
                    c.issuedAt());
        }
    }

    record CreditNoteRequest(
            @Schema(description = "VAT included, in the CDR's currency; absent = everything left to credit", example = "1.50")
            @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
            @NotBlank @Size(max = 500) String reason) {
    }

    record CreditNoteResponse(UUID id, String number, UUID cdrId, String cdrNumber, UUID accountId, Money amount,
                              Money vat, List<VatAmount> vatSplit, String reason, Instant issuedAt) {
        static CreditNoteResponse of(CreditNote n) {
            return new CreditNoteResponse(n.id().value(), n.number(), n.cdr().value(), n.cdrNumber(),
                    n.account() == null ? null : n.account().value(), n.amount(), n.vat(), n.vatSplit(), n.reason(),
                    n.issuedAt());
        }
    }

    record InvoiceRequest(@NotNull UUID accountId,
                          @Schema(description = "Start of the period, included") @NotNull Instant from,
                          @Schema(description = "End of the period, excluded") @NotNull Instant to) {
    }

    record InvoiceLineResponse(InvoiceLine.Kind kind, UUID document, String number,
                               @Schema(description = "Session end (CDR) or issue time (credit note)") Instant date,
                               String chargerId, BigDecimal energyKwh, String text, Money exclVat, Money vat,
                               Money inclVat) {
        static InvoiceLineResponse of(InvoiceLine l) {
            return new InvoiceLineResponse(l.kind(), l.document(), l.number(), l.date(), l.charger().value(),
                    l.energy().kilowattHours(), l.text(), l.exclVat(), l.vat(), l.inclVat());
        }
    }

    record InvoiceResponse(UUID id, String number, UUID accountId, Instant from, Instant to, String currency,
                           List<InvoiceLineResponse> lines, List<VatAmount> vatSummary, Money totalExclVat,
                           Money totalVat, Money totalInclVat, Instant issuedAt) {
        static InvoiceResponse of(Invoice i) {
            return new InvoiceResponse(i.id().value(), i.number(), i.account().value(), i.from(), i.to(),
                    i.currency().getCurrencyCode(), i.lines().stream().map(InvoiceLineResponse::of).toList(),
                    i.vatSummary(), i.totalExclVat(), i.totalVat(), i.totalInclVat(), i.issuedAt());
        }
    }
}
