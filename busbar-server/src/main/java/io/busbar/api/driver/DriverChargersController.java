package io.busbar.api.driver;

import io.busbar.api.publicfeed.NearQuery;
import io.busbar.api.publicfeed.PublicFeedDtos;
import io.busbar.availability.AvailabilityFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chargers of the driver's own CPO near a point, live: the same view as the public feed. */
@RestController
@Tag(name = DriverApiTags.SESSIONS)
class DriverChargersController {
    private final AvailabilityFeed feed;

    DriverChargersController(AvailabilityFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/driver/chargers")
    @Operation(summary = "Chargers near a point with live availability, power, plug types and price, nearest first",
            description = "Offline chargers are UNKNOWN and faulted ones OUTOFORDER, never AVAILABLE. Without `near`, "
                    + "every location of the driver's CPO.",
            responses = @ApiResponse(responseCode = "200", description = "The locations", content = @Content(
                    examples = @ExampleObject(value = PublicFeedDtos.LOCATIONS_EXAMPLE))))
    PublicFeedDtos.Locations near(
            @Parameter(description = "latitude,longitude (WGS 84 degrees), e.g. 52.3770,4.9000")
            @RequestParam(required = false) String near,
            @Parameter(description = "metres around `near` (default 10 km)") @RequestParam(required = false) Long radius) {
        NearQuery query = NearQuery.of(near, radius);
        return PublicFeedDtos.Locations.of(feed.locations(CurrentDriver.get().tenant(), query.point(),
                query.radiusMetres()));
    }
}
