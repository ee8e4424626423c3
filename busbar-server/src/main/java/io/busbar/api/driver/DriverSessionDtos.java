package io.busbar.api.driver;

import io.busbar.billing.Cdr;
import io.busbar.billing.VatAmount;
import io.busbar.drivers.AppStart;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionState;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the driver's session operations. */
final class DriverSessionDtos {
    static final String START_EXAMPLE = """
            {"chargerId": "CP-0042", "evseId": 1}""";
    static final String START_RESULT_EXAMPLE = """
            {"status": "Accepted", "chargerId": "CP-0042", "evseId": 1, "remoteStartId": 184467,
             "commandId": "5d0c9a43-3c41-4b4e-9a55-0f8f7b2d6c11", "requestedAt": "2026-11-27T09:20:00Z",
             "replayed": false}""";
    static final String STOP_RESULT_EXAMPLE = """
            {"status": "Accepted"}""";
    static final String SUMMARY_EXAMPLE = """
            {"id": "9f5e3a1b-7c2d-4e6f-8a9b-0c1d2e3f4a5b", "chargerId": "CP-0042", "evseId": 1, "state": "ENDED",
             "startedAt": "2026-11-27T09:20:41Z", "endedAt": "2026-11-27T10:31:02Z", "energyWh": 10000,
             "stopReason": "Remote"}""";
    static final String HISTORY_EXAMPLE = "{\"items\": [" + SUMMARY_EXAMPLE + "], \"next\": null}";
    static final String LIVE_EXAMPLE = """
            {"sessionId": "9f5e3a1b-7c2d-4e6f-8a9b-0c1d2e3f4a5b", "chargerId": "CP-0042", "evseId": 1,
             "state": "ACTIVE", "startedAt": "2026-11-27T09:20:41Z", "energyWh": 5000, "powerW": 10000,
             "socPercent": 64, "cost": {"amount": 2.92, "currency": "EUR"}, "costFinal": false,
             "updatedAt": "2026-11-27T09:50:41Z"}""";
    static final String STREAM_EXAMPLE = """
            event:session
            id:1795771841000
            data:{"sessionId":"9f5e3a1b-7c2d-4e6f-8a9b-0c1d2e3f4a5b","state":"ACTIVE","energyWh":5000,"powerW":10000,\
            "socPercent":64,"cost":{"amount":2.92,"currency":"EUR"},"costFinal":false}
            """;
    static final String RECEIPT_EXAMPLE = """
            {"number": "CDR-2026-000042", "sessionId": "9f5e3a1b-7c2d-4e6f-8a9b-0c1d2e3f4a5b", "chargerId": "CP-0042",
             "evseId": 1, "startedAt": "2026-11-27T09:20:41Z", "endedAt": "2026-11-27T10:31:02Z", "energyWh": 10000,
             "lines": [{"dimension": "FLAT", "elementIndex": 0, "componentIndex": 0, "quantity": 1, "unit": "SESSION",
                        "unitPrice": 0.50, "vatPercent": 19, "exclVat": {"amount": 0.50, "currency": "EUR"},
                        "vat": {"amount": 0.10, "currency": "EUR"}, "inclVat": {"amount": 0.60, "currency": "EUR"}},
                       {"dimension": "ENERGY", "elementIndex": 0, "componentIndex": 1, "quantity": 10.000,
                        "unit": "KWH", "unitPrice": 0.39, "vatPercent": 19,
                        "exclVat": {"amount": 3.90, "currency": "EUR"}, "vat": {"amount": 0.74, "currency": "EUR"},
                        "inclVat": {"amount": 4.64, "currency": "EUR"}}],
             "adjustments": [],
             "vat": [{"vatPercent": 19, "exclVat": {"amount": 4.40, "currency": "EUR"},
                      "vat": {"amount": 0.84, "currency": "EUR"}, "inclVat": {"amount": 5.24, "currency": "EUR"}}],
             "totalExclVat": {"amount": 4.40, "currency": "EUR"}, "totalVat": {"amount": 0.84, "currency": "EUR"},
             "totalInclVat": {"amount": 5.24, "currency": "EUR"}, "issuedAt": "2026-11-27T10:31:03Z"}""";

    private DriverSessionDtos() {
    }

    record StartRequest(String chargerId, Integer evseId) {
    }

    record StartResponse(String status, String chargerId, int evseId, int remoteStartId, UUID commandId,
                         Instant requestedAt, boolean replayed) {
        static StartResponse of(AppStart start) {
            return new StartResponse(start.status(), start.charger().value(), start.evseId(), start.remoteStartId(),
                    start.commandId() == null ? null : UUID.fromString(start.commandId()), start.requestedAt(),
                    start.replayed());
        }
    }

    record StopResponse(String status) {
    }

    record SessionSummary(UUID id, String chargerId, int evseId, SessionState state, Instant startedAt,
                          Instant endedAt, Long energyWh, String stopReason) {
        static SessionSummary of(Session session) {
            return new SessionSummary(session.id().value(), session.charger().value(), session.evseId(),
                    session.state(), session.startedAt(), session.endedAt(),
                    session.energy() == null ? null : session.energy().wattHours(), session.stopReason());
        }
    }

    /** The CDR as the driver's receipt: what was charged, line by line, with VAT per rate. */
    record Receipt(String number, UUID sessionId, String chargerId, int evseId, Instant startedAt, Instant endedAt,
                   Long energyWh, List<PriceLine> lines, List<PriceLimitAdjustment> adjustments, List<VatAmount> vat,
                   Money totalExclVat, Money totalVat, Money totalInclVat, Instant issuedAt) {
        static Receipt of(Cdr cdr) {
            return new Receipt(cdr.number(), cdr.session().value(), cdr.charger().value(), cdr.evseId(),
                    cdr.startedAt(), cdr.endedAt(), cdr.energy() == null ? null : cdr.energy().wattHours(), cdr.lines(),
                    cdr.adjustments(), cdr.vatSplit(), cdr.totalExclVat(), cdr.totalVat(), cdr.totalInclVat(),
                    cdr.issuedAt());
        }
    }
}
