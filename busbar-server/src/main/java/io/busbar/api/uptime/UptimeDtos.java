package io.busbar.api.uptime;

import io.busbar.uptime.Exclusion;
import io.busbar.uptime.UptimeReport;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The published JSON of the uptime resources. Durations are whole seconds. */
final class UptimeDtos {
    static final String FIGURES_EXAMPLE = """
            {"monitoredSeconds": 2592000, "excludedSeconds": 14400, "upSeconds": 2550600, "downSeconds": 27000,
             "unmonitoredSeconds": 0, "uptimePercent": 98.9526, "targetMet": false,
             "chargeSuccess": {"attempted": 4, "succeeded": 3, "inProgress": 0, "ratePercent": 75.00},
             "costliest": [{"cause": "CONNECTOR_ERROR", "code": "GroundFailure", "downSeconds": 18000},
                           {"cause": "OFFLINE", "code": null, "downSeconds": 9000}]}""";
    static final String REPORT_EXAMPLE = "{\"from\": \"2026-09-01T00:00:00Z\", \"to\": \"2026-10-01T00:00:00Z\", "
            + "\"measuredUntil\": \"2026-10-01T00:00:00Z\", \"targetPercent\": 99.0, \"network\": " + FIGURES_EXAMPLE
            + ", \"sites\": [{\"siteId\": \"5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44\", \"figures\": " + FIGURES_EXAMPLE + "}]"
            + ", \"evses\": [{\"chargerId\": \"CP-0001\", \"evseId\": 1, "
            + "\"siteId\": \"5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44\", \"figures\": " + FIGURES_EXAMPLE + "}]"
            + ", \"chargersWithoutData\": [\"CP-0009\"]}";
    static final String MAINTENANCE_REQUEST_EXAMPLE = """
            {"chargerId": "CP-0001", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z",
             "reason": "Annual inspection"}""";
    static final String GRID_OUTAGE_REQUEST_EXAMPLE = """
            {"siteId": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "from": "2026-09-20T02:00:00Z",
             "to": "2026-09-20T03:30:00Z", "reason": "DSO outage, ticket 4711"}""";
    static final String EXCLUSION_EXAMPLE = """
            {"id": "0c6f3a52-8d1e-4f0b-9a77-3b2e5d9c1f20", "kind": "MAINTENANCE", "siteId": null,
             "chargerId": "CP-0001", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z",
             "reason": "Annual inspection", "createdAt": "2026-09-01T07:00:00Z"}""";
    static final String EXCLUSION_LIST_EXAMPLE = "{\"items\": [" + EXCLUSION_EXAMPLE + "], \"next\": null}";

    private UptimeDtos() {
    }

    record ReportResponse(Instant from, Instant to, Instant measuredUntil, BigDecimal targetPercent,
                          FiguresResponse network, List<SiteResponse> sites, List<EvseResponse> evses,
                          List<String> chargersWithoutData) {
        static ReportResponse of(UptimeReport report) {
            return new ReportResponse(report.from(), report.to(), report.measuredUntil(), report.targetPercent(),
                    FiguresResponse.of(report.network()),
                    report.sites().stream().map(s -> new SiteResponse(s.site() == null ? null : s.site().value(),
                            FiguresResponse.of(s.figures()))).toList(),
                    report.evses().stream().map(e -> new EvseResponse(e.charger().value(), e.evseId(),
                            e.site() == null ? null : e.site().value(), FiguresResponse.of(e.figures()))).toList(),
                    report.chargersWithoutData().stream().map(c -> c.value()).toList());
        }
    }

    @Schema(name = "SiteUptime")

    record SiteResponse(UUID siteId, FiguresResponse figures) {
    }

    @Schema(name = "EvseUptime")

    record EvseResponse(String chargerId, int evseId, UUID siteId, FiguresResponse figures) {
    }

    record FiguresResponse(long monitoredSeconds, long excludedSeconds, long upSeconds, long downSeconds,
                           long unmonitoredSeconds,
                           @Schema(description = "up / (monitored − excluded), percent with 4 decimals; "
                                   + "absent when nothing was measured")
                           BigDecimal uptimePercent, Boolean targetMet, ChargeSuccessResponse chargeSuccess,
                           @Schema(description = "Downtime by cause, largest first") List<CauseResponse> costliest) {
        static FiguresResponse of(UptimeReport.Figures f) {
            var s = f.chargeSuccess();
            return new FiguresResponse(f.monitored().toSeconds(), f.excluded().toSeconds(), f.up().toSeconds(),
                    f.down().toSeconds(), f.unmonitored().toSeconds(), f.uptimePercent(), f.targetMet(),
                    new ChargeSuccessResponse(s.attempted(), s.succeeded(), s.inProgress(), s.ratePercent()),
                    f.costliest().stream().map(c -> new CauseResponse(c.cause(), c.code(), c.downtime().toSeconds())).toList());
        }
    }

    record ChargeSuccessResponse(int attempted, int succeeded, int inProgress, BigDecimal ratePercent) {
    }

    record CauseResponse(String cause, String code, long downSeconds) {
    }

    record ExclusionRequest(
            @Schema(description = "The site (a grid outage needs one; a maintenance window takes a site or a charger)")
            UUID siteId,
            @Size(max = 48) String chargerId,
            @NotNull Instant from,
            @NotNull Instant to,
            @Size(max = 500) String reason) {
    }

    record ExclusionResponse(UUID id, String kind, UUID siteId, String chargerId, Instant from, Instant to,
                             String reason, Instant createdAt) {
        static ExclusionResponse of(Exclusion e) {
            return new ExclusionResponse(e.id().value(), e.kind().name(), e.site() == null ? null : e.site().value(),
                    e.charger() == null ? null : e.charger().value(), e.from(), e.to(), e.reason(), e.createdAt());
        }
    }
}
