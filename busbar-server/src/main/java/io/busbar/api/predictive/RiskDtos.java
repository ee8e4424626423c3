package io.busbar.api.predictive;

import io.busbar.predictive.EvseRisk;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

final class RiskDtos {
    static final String RISK_EXAMPLE = """
            {"chargerId": "CP-0042", "evseId": 1, "risk": 0.87, "warning": true,
             "evidence": ["connector temperature rise over ambient at 32 A went from 12.1 °C to 27.9 °C (+131 %; 0.0118 → 0.0272 °C/A², median of the first 8 vs the last 7 sessions)"],
             "since": "2026-05-14T09:12:00Z", "assessedAt": "2026-05-16T18:40:00Z"}""";
    static final String PAGE_EXAMPLE = """
            {"items": [{"chargerId": "CP-0042", "evseId": 1, "risk": 0.87, "warning": true,
             "evidence": ["L2 voltage sag under load went from 0.052 to 0.231 V/A (at 32 A: 1.7 V → 7.4 V below no-load)"],
             "since": "2026-05-14T09:12:00Z", "assessedAt": "2026-05-16T18:40:00Z"}],
             "next": null}""";

    private RiskDtos() {
    }

    @Schema(description = "An EVSE's latest risk assessment")
    record RiskResponse(
            String chargerId,
            int evseId,
            @Schema(description = "0 (healthy) to 1 (failure imminent)") double risk,
            @Schema(description = "The risk crossed the warning threshold (FailurePredicted was published) and has not"
                    + " fallen back since") boolean warning,
            @Schema(description = "The signals behind the risk in words with numbers, strongest first")
            List<String> evidence,
            @Schema(description = "When the current warning began; null when not warned", nullable = true)
            Instant since,
            @Schema(description = "When the risk was last computed (null: never, no data yet)", nullable = true)
            Instant assessedAt) {
        static RiskResponse of(EvseRisk risk) {
            return new RiskResponse(risk.charger().value(), risk.evseId(), risk.risk(), risk.warning(),
                    risk.evidence(), risk.warningSince(), risk.assessedAt());
        }
    }
}
