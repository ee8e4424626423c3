package io.busbar.api.tariffs;

import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.TariffPricing;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The published JSON of quotes and running costs. */
final class PricingDtos {
    static final String QUOTE_REQUEST_EXAMPLE = """
            {"chargerId": "CP-1", "evseId": 1, "energyKwh": 22, "powerKw": 22, "idleMinutes": 120, "idToken": "04A2B3C4D5"}""";
    private static final String BREAKDOWN_EXAMPLE = """
            {"tariffId": "retail", "currency": "EUR", "sessionStart": "2025-03-04T09:00:00Z",
             "sessionEnd": "2025-03-04T12:00:00Z",
             "periods": [{"start": "2025-03-04T09:00:00Z", "end": "2025-03-04T10:00:00Z", "activity": "CHARGING",
               "elementByDimension": {"ENERGY": 0, "PARKING_TIME": 0}, "energyWh": 22000.000, "chargingTime": "PT1H",
               "idleTime": "PT0S", "billableIdleTime": "PT0S", "energyPricePerKwh": 0.39}],
             "lines": [{"dimension": "ENERGY", "elementIndex": 0, "componentIndex": 0, "quantity": 22000, "unit": "WATT_HOUR",
               "unitPrice": 0.39, "vatPercent": 19, "exclVat": {"amount": 8.58, "currency": "EUR"},
               "vat": {"amount": 1.63, "currency": "EUR"}, "inclVat": {"amount": 10.21, "currency": "EUR"}},
              {"dimension": "PARKING_TIME", "elementIndex": 0, "componentIndex": 1, "quantity": 1800, "unit": "SECOND",
               "unitPrice": 6.00, "vatPercent": 19, "exclVat": {"amount": 3.00, "currency": "EUR"},
               "vat": {"amount": 0.57, "currency": "EUR"}, "inclVat": {"amount": 3.57, "currency": "EUR"}}],
             "adjustments": [], "totalExclVat": {"amount": 11.58, "currency": "EUR"},
             "totalVat": {"amount": 2.20, "currency": "EUR"}, "totalInclVat": {"amount": 13.78, "currency": "EUR"}}""";
    static final String QUOTE_EXAMPLE = """
            {"tariffId": "retail", "tariffVersion": 1, "timeZone": "Europe/Amsterdam",
             "reason": "EVSE CP-1#1 has no tariff; site 5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44 is assigned tariff retail (version 1) from 2025-03-01T00:00:00Z",
             "sentences": ["0.39 EUR per kWh × 22.0 kWh = 8.58 EUR + 19% VAT 1.63 EUR = 10.21 EUR",
               "idle fee 0.10 EUR/min × 30 min after 90 min grace = 3.00 EUR + 19% VAT 0.57 EUR = 3.57 EUR"],
             "totalSentence": "total 13.78 EUR incl. VAT (11.58 EUR excl. VAT + 2.20 EUR VAT)",
             "breakdown": """ + BREAKDOWN_EXAMPLE + "}";
    static final String COST_EXAMPLE = """
            {"sessionId": "9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "complete": false, "tariffId": "retail",
             "tariffVersion": 1, "reason": "EVSE CP-1#1 has no tariff; site 5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44 is assigned tariff retail (version 1) from 2025-03-01T00:00:00Z",
             "asOf": "2025-03-04T12:00:00Z", "breakdown": """ + BREAKDOWN_EXAMPLE + "}";

    private PricingDtos() {
    }

    record QuoteBody(
            @NotBlank String chargerId,
            @NotNull @Min(1) Integer evseId,
            @Schema(description = "energy to charge; give this or minutes") @DecimalMin(value = "0", inclusive = false) BigDecimal energyKwh,
            @Schema(description = "charging time; give this or energyKwh") @Min(1) Integer minutes,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal powerKw,
            @Schema(description = "current drawn, summed over phases (for current restrictions); 0 when absent")
            @PositiveOrZero BigDecimal currentA,
            @Schema(description = "idle time after charging while still plugged in") @PositiveOrZero Integer idleMinutes,
            @Schema(description = "the driver's token: its group's tariff applies when it has one") String idToken,
            @Schema(description = "when the session would start; now when absent") Instant at) {
    }

    record QuoteResponse(String tariffId, int tariffVersion, String timeZone, String reason, List<String> sentences,
                         String totalSentence, PriceBreakdown breakdown) {
        static QuoteResponse of(TariffPricing.PricedQuote quote) {
            return new QuoteResponse(quote.resolution().version().id().value(), quote.resolution().version().version(),
                    quote.resolution().zone().getId(), quote.resolution().reason(), quote.quote().sentences(),
                    quote.quote().totalSentence(), quote.quote().breakdown());
        }
    }

    record CostResponse(String sessionId, boolean complete, String tariffId, int tariffVersion, String reason,
                        Instant asOf, PriceBreakdown breakdown) {
        static CostResponse of(TariffPricing.SessionCost cost) {
            return new CostResponse(cost.session().toString(), cost.complete(), cost.tariff().id().value(),
                    cost.tariff().version(), cost.reason(), cost.timeline().end(), cost.breakdown());
        }
    }
}
