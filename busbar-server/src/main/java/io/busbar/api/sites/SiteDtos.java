package io.busbar.api.sites;

import io.busbar.chargers.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

import io.busbar.chargers.Site;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** The published JSON of the sites resource. */
final class SiteDtos {
    static final String CREATE_EXAMPLE = """
            {"name": "Harbour car park", "address": "Kade 12, 1011 AB Amsterdam", "timeZone": "Europe/Amsterdam",
             "location": {"latitude": 52.379189, "longitude": 4.899431}}""";
    static final String SITE_EXAMPLE = """
            {"id": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "name": "Harbour car park",
             "address": "Kade 12, 1011 AB Amsterdam", "timeZone": "Europe/Amsterdam",
             "location": {"latitude": 52.379189, "longitude": 4.899431}, "createdAt": "2025-02-01T12:00:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + SITE_EXAMPLE + "], \"next\": null}";

    private SiteDtos() {
    }

    record CreateSiteRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 500) String address,
            @Schema(description = "IANA time zone for local-time rules (tariffs, schedules); UTC when absent",
                    example = "Europe/Amsterdam")
            @Size(max = 64) String timeZone,
            @Schema(description = "Where drivers find the site (WGS 84); optional") @Valid Location location) {
    }

    /** WGS 84 degrees. */
    record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                    @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
        GeoPoint toPoint() {
            return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
        }

        static Location of(GeoPoint point) {
            return point == null ? null : new Location(BigDecimal.valueOf(point.latitude()),
                    BigDecimal.valueOf(point.longitude()));
        }
    }

    record SiteResponse(UUID id, String name, String address, String timeZone, Location location, Instant createdAt) {
        static SiteResponse of(Site site) {
            return new SiteResponse(site.id().value(), site.name(), site.address(),
                    site.timeZone() == null ? null : site.timeZone().getId(), Location.of(site.location()),
                    site.createdAt());
        }
    }
}
