package io.busbar.api.sites;

import io.busbar.chargers.Site;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of the sites resource. */
final class SiteDtos {
    static final String CREATE_EXAMPLE = """
            {"name": "Harbour car park", "address": "Kade 12, 1011 AB Amsterdam", "timeZone": "Europe/Amsterdam"}""";
    static final String SITE_EXAMPLE = """
            {"id": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "name": "Harbour car park",
             "address": "Kade 12, 1011 AB Amsterdam", "timeZone": "Europe/Amsterdam", "createdAt": "2025-02-01T12:00:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + SITE_EXAMPLE + "], \"next\": null}";

    private SiteDtos() {
    }

    record CreateSiteRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 500) String address,
            @Schema(description = "IANA time zone for local-time rules (tariffs, schedules); UTC when absent",
                    example = "Europe/Amsterdam")
            @Size(max = 64) String timeZone) {
    }

    record SiteResponse(UUID id, String name, String address, String timeZone, Instant createdAt) {
        static SiteResponse of(Site site) {
            return new SiteResponse(site.id().value(), site.name(), site.address(),
                    site.timeZone() == null ? null : site.timeZone().getId(), site.createdAt());
        }
    }
}
