package io.busbar.api.tariffs;

import io.busbar.tariffs.TariffJson;
import io.busbar.tariffs.TariffVersion;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** The published JSON of the tariffs resource. */
final class TariffDtos {
    static final String TARIFF_EXAMPLE = """
            {"id": "retail", "currency": "EUR", "elements": [{"components": [
              {"dimension": "ENERGY", "price": 0.39, "vatPercent": 19, "stepSize": 1},
              {"dimension": "PARKING_TIME", "price": 6.00, "vatPercent": 19, "stepSize": 60}]}],
             "idlePolicy": {"gracePeriod": "PT1H30M", "idleBelow": {"watts": 0}}}""";
    static final String OCPI_EXAMPLE = """
            {"country_code": "NL", "party_id": "BBR", "id": "retail", "currency": "EUR",
             "elements": [{"price_components": [{"type": "ENERGY", "price": 0.39, "vat": 19, "step_size": 1},
               {"type": "PARKING_TIME", "price": 6.00, "vat": 19, "step_size": 60}]}],
             "last_updated": "2025-03-01T09:00:00Z"}""";
    static final String VERSION_EXAMPLE = """
            {"id": "retail", "version": 2, "createdAt": "2025-03-01T09:00:00Z", "tariff": """ + TARIFF_EXAMPLE + "}";
    static final String LIST_EXAMPLE = "{\"items\": [" + VERSION_EXAMPLE + "], \"next\": null}";

    private TariffDtos() {
    }

    record TariffVersionResponse(String id, int version, Instant createdAt, JsonNode tariff) {
        static TariffVersionResponse of(TariffVersion version) {
            return new TariffVersionResponse(version.id().value(), version.version(), version.createdAt(),
                    TariffJson.toJson(version.tariff()));
        }
    }
}
